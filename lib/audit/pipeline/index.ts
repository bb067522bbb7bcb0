export { AuditLogPipeline, AuditLogPipelineProps } from './pipeline';

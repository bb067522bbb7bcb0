export { ManagedAuditLogs, ExoscaleSksAuditOptions } from './clusters';
export { OvhKubeAuditLogSubscription, OvhKubeAuditLogSubscriptionProps } from './ovh';
export { StackitAuditLogRouting, StackitAuditLogRoutingProps } from './stackit';

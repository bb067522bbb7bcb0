// The sovereignty assessment by the European Commission's Cloud Sovereignty Framework.
export { SovereigntyAssessment } from './assessment';
export {
  CriterionAssessment,
  FrameworkDocument,
  KeyControl,
  ObjectiveAssessment,
  ProviderDataFacts,
  ProviderSovereigntyAssessment,
  SealLevel,
  SovereigntyCriterion,
  SovereigntyObjective,
} from './types';

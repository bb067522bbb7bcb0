/*
 * What opens a resource type to the internet, as data: bucket ACLs, grants, policies and public
 * access blocks; firewall and security-group rules (how direction, action, source, protocol and
 * ports are written); database allow lists; Kubernetes API allow lists. The engine interprets
 * them (lib/compliance/rules/public-exposure), judging every rule against the administrative and
 * database ports.
 */
import { BlockMatch, WordsFact } from './match';

/** The kinds of public-exposure check the engine knows. */
export enum ExposureCheck {
  /** A bucket or one of its access resources (`bucket`). */
  BUCKET = 'bucket',
  /** A firewall, security group or one of their rules (`firewall`). */
  FIREWALL = 'firewall',
  /** A managed database's IP allow list (`allowList`). */
  ALLOW_LIST = 'allow-list',
  /** A managed Kubernetes API server (`apiAccess`: steps). */
  API_ACCESS = 'api-access',
  /** A Kubernetes Service (NodePort, or a LoadBalancer without the provider's internal marker). */
  KUBERNETES_SERVICE = 'kubernetes-service',
  /** Only the server parts: its firewall switch (`firewallSwitch`) and public address (`publicAddress`). */
  SERVER = 'server',
  /** One uploaded object whose own ACL or visibility can make it public (`object`). */
  OBJECT = 'object',
  /** A load balancer listener that forwards an administrative or database port from a public address (`listener`). */
  LISTENER = 'listener',
}

/**
 * An object's own access setting (a canned ACL, a visibility): some values make that one object
 * readable by people outside the account even when its bucket is private. Values not listed (the
 * private ones, owner grants) keep it private; an absent argument means the provider's private default.
 */
export interface ObjectAccessFact {
  /** The argument (`acl`, `visibility`). */
  readonly argument: string;
  /**
   * The values (lower case) that make the object public, each with who may then do what, in words
   * ("anyone who knows the object's URL may read it").
   */
  readonly publicValues: { [value: string]: string };
  /**
   * Grant blocks whose grantee URI can name everyone (S3 API `AllUsers`, `AuthenticatedUsers`).
   * @default - none
   */
  readonly grants?: GrantsFact;
}

/** Who may do what on one object under each public value of an S3-API canned ACL (https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html#canned-acl). */
export const S3_PUBLIC_OBJECT_ACLS: { readonly [value: string]: string } = {
  'public-read': 'anyone who knows the object\'s URL may read it',
  'public-read-write': 'anyone who knows the object\'s URL may read it (the ACL grants everyone WRITE as well)',
  'authenticated-read': 'any authenticated user of the provider (any account, not only yours) may read it',
};

/** A network resource an interface references, whose arguments say whether the interface faces the internet. */
export interface PublicNetworkFact {
  /** The interface's argument holding the reference (`lan`). */
  readonly reference: string;
  /** The referenced resource type (`ionoscloud_lan`). */
  readonly resourceType: string;
  /** What makes that network public (`public = true`). */
  readonly match: BlockMatch;
}

/** A resource that gives the one it references a public address. */
export interface PublicAttachmentFact {
  /** Its type (`openstack_networking_floatingip_associate_v2`). */
  readonly resourceType: string;
  /** The argument holding the reference (`port_id`). */
  readonly reference: string;
}

/**
 * How a server gets a public address. Judged only on servers that hold personal data (their
 * classification labels): such a server is reached through a load balancer or gateway, not directly.
 */
export interface PublicAddressFact {
  /**
   * Matches of which one gives the server a public address.
   * @default - none
   */
  readonly publicWhen?: BlockMatch[];
  /**
   * The server has a public address unless this matches (the provider assigns one by default).
   * @default - no public address by default
   */
  readonly publicUnless?: BlockMatch;
  /**
   * Interface blocks whose referenced network decides (with `publicNetwork`).
   * @default - none
   */
  readonly interfaces?: string;
  /**
   * The network an interface references decides whether it is public.
   * @default - none
   */
  readonly publicNetwork?: PublicNetworkFact;
  /** How the address is given, for messages ("public_net (IPv4 and IPv6 are on by default)"). */
  readonly what: string;
  /** The argument findings point at. */
  readonly attribute: string;
  /** Whether a primary source confirms the fact. */
  readonly verified: boolean;
  /** https URL of the documentation. */
  readonly source: string;
}

/**
 * A server's or NIC's switch for the provider's firewall: switched off on an interface that
 * faces the internet, the provider filters nothing (every port of the server is reachable).
 */
export interface FirewallSwitchFact {
  /** The switch (a boolean; false switches the firewall off), relative to each interface unless `atResource`. */
  readonly argument: string;
  /**
   * The switch is an argument of the resource, not of each interface.
   * @default false
   */
  readonly atResource?: boolean;
  /**
   * The interface blocks (dotted path).
   * @default - the resource is one interface (a NIC resource)
   */
  readonly interfaces?: string;
  /**
   * What makes an interface public, as a match on the interface block.
   * @default - decided by `publicNetwork`
   */
  readonly publicWhen?: BlockMatch;
  /**
   * The network the interface references decides whether it is public.
   * @default - decided by `publicWhen`
   */
  readonly publicNetwork?: PublicNetworkFact;
  /**
   * Resources whose argument references this one and give it a public address (a floating IP
   * associated with a port): with one, the resource faces the internet.
   * @default - none
   */
  readonly publicAttachments?: PublicAttachmentFact[];
  /** Why the switched-off firewall exposes the server, in the provider's words (for the message). */
  readonly consequence: string;
  /** The fix. */
  readonly fix: string;
  /** Whether a primary source confirms the fact. */
  readonly verified: boolean;
  /** https URL of the documentation. */
  readonly source: string;
}

/** Grants whose grantee URI can name everyone (S3 API). */
export interface GrantsFact {
  /** The grant blocks. */
  readonly path: string;
  /** The grantee URI inside each grant. */
  readonly uri: string;
}

/** An IAM policy data source whose bindings name members (`google_iam_policy`). */
export interface PolicyDataFact {
  /** The argument holding the policy (JSON, or a reference to the data source). */
  readonly argument: string;
  /** The data source type. */
  readonly dataSourceType: string;
  /** The data source's attribute that holds the JSON. */
  readonly dataSourceAttribute: string;
  /** The members inside the data source's bindings. */
  readonly members: string;
}

/** A setting whose values other than the private ones make content public (a container access type). */
export interface PublicValueFact {
  /** The argument. */
  readonly argument: string;
  /** Values (lower case) that keep the content private. */
  readonly privateValues: string[];
  /** The message per public value (lower case). */
  readonly messages: { [value: string]: string };
  /** The message for any other value; `{value}` is the value written. */
  readonly otherMessage: string;
  /** The fix. */
  readonly fix: string;
}

/** A boolean that allows public content when true (an account setting). */
export interface PublicFlagFact {
  /** The argument. */
  readonly argument: string;
  /** What an absent argument means. */
  readonly absent: boolean;
  /** The message when true. */
  readonly message: string;
  /** The fix. */
  readonly fix: string;
}

/** An access-control list written as separated entries, some of which admit everyone (a container read ACL). */
export interface AclEntriesFact {
  /** The argument. */
  readonly argument: string;
  /** The separator between entries. */
  readonly separator: string;
  /** Entries that admit everyone. */
  readonly publicEntries: string[];
  /** The message; `{entries}` are the public entries written. */
  readonly message: string;
  /** The fix. */
  readonly fix: string;
}

/** What can make a bucket public, per argument; the engine judges each part that is given. */
export interface BucketExposureFact {
  /**
   * The canned ACL argument (`acl`, `predefined_acl`).
   * @default - none
   */
  readonly cannedAcl?: string;
  /**
   * Grants to a grantee URI.
   * @default - none
   */
  readonly grants?: GrantsFact;
  /**
   * The bucket-policy argument (JSON policy document).
   * @default - none
   */
  readonly policy?: string;
  /**
   * Data source types whose `json`/`minified_json` attribute is a policy document the policy may reference.
   * @default - none
   */
  readonly policyDocumentTypes?: string[];
  /**
   * The resource is a public access block (S3 API flags, each defaulting to false).
   * @default false
   */
  readonly isPublicAccessBlock?: boolean;
  /**
   * The public-access-block resource type the bucket should have (where the provider's S3 API supports one).
   * @default - none
   */
  readonly publicAccessBlockType?: string;
  /**
   * An account-wide public-access-block type that covers every bucket of the same provider configuration.
   * @default - none
   */
  readonly accountPublicAccessBlockType?: string;
  /**
   * IAM members (`allUsers`, `allAuthenticatedUsers` are public).
   * @default - none
   */
  readonly members?: string;
  /**
   * ACL role entities (`READER:allUsers`).
   * @default - none
   */
  readonly roleEntities?: string;
  /**
   * An IAM policy (JSON or data source).
   * @default - none
   */
  readonly policyData?: PolicyDataFact;
  /**
   * An access-type setting.
   * @default - none
   */
  readonly publicValue?: PublicValueFact;
  /**
   * A switch that allows public content.
   * @default - none
   */
  readonly publicFlag?: PublicFlagFact;
  /**
   * An access-control list of entries, some of which admit everyone.
   * @default - none
   */
  readonly aclEntries?: AclEntriesFact;
}

/** How an absent or present argument is told apart, where the providers' schemas differ. */
export enum Presence {
  /** Written with any value but null (the default). */
  PRESENT = 'present',
  /** Written at all (`null` counts as written). */
  DEFINED = 'defined',
  /** Written with a value that is not an empty list. */
  NON_EMPTY = 'non-empty',
}

/** Where a firewall rule's source is written. */
export interface RuleSourceFact {
  /** CIDR (or address) arguments of the rule. */
  readonly cidrs: string[];
  /** Whether a rule without any source admits every source (OpenStack-style). */
  readonly absentMeansAny: boolean;
  /**
   * How written CIDR arguments are told apart.
   * @default Presence.PRESENT
   */
  readonly cidrPresence?: Presence;
  /**
   * Arguments naming a group, tag or identity as the source: written without a CIDR, the rule is restricted.
   * @default - none
   */
  readonly groups?: string[];
  /**
   * Boolean arguments that, when true, make the source a group (`self`).
   * @default - none
   */
  readonly groupFlags?: string[];
  /**
   * How written group arguments are told apart.
   * @default Presence.PRESENT
   */
  readonly groupPresence?: Presence;
  /**
   * A rule without a CIDR argument is restricted to groups or prefix lists (whatever else it says).
   * @default false
   */
  readonly noCidrMeansGroup?: boolean;
  /**
   * The words describing a group source in messages.
   * @default "a security group"
   */
  readonly groupText?: string;
  /**
   * The source is an address range from `rangeStart` to `rangeEnd` when no CIDR is written.
   * @default - no range
   */
  readonly rangeStart?: string;
  /**
   * See `rangeStart`.
   * @default - no range
   */
  readonly rangeEnd?: string;
  /**
   * Ranges (`start-end`, lower case) that cover every address.
   * @default - none
   */
  readonly anyRanges?: string[];
  /**
   * The source is written on the resource, not on each rule block.
   * @default false
   */
  readonly atResource?: boolean;
}

/** The protocols the engine distinguishes. */
export enum RuleProtocol {
  /** TCP. */
  TCP = 'TCP',
  /** UDP. */
  UDP = 'UDP',
  /** Every protocol. */
  ALL = 'all protocols',
  /** Not known before apply. */
  UNKNOWN = 'unknown',
}

/** Where a rule's protocol is written. */
export interface RuleProtocolFact {
  /** Arguments, the first one written wins. */
  readonly arguments: string[];
  /** What an absent protocol means. */
  readonly absent: RuleProtocol;
}

/** Where a rule's destination ports are written. */
export interface RulePortsFact {
  /**
   * Arguments holding ports or port ranges (`22`, `"80-85"`, lists); all of them count.
   * @default - none
   */
  readonly list?: string[];
  /**
   * Arguments holding ports or ranges, of which only the first written counts.
   * @default - none
   */
  readonly firstOf?: string[];
  /**
   * The lowest port of a range.
   * @default - none
   */
  readonly min?: string;
  /**
   * The highest port of a range.
   * @default - none
   */
  readonly max?: string;
  /**
   * A range of 0 to 0 means every port (OpenStack).
   * @default false
   */
  readonly zeroMeansAll?: boolean;
  /**
   * A rule for every protocol opens every port, whatever its port arguments say.
   * @default false
   */
  readonly allWhenAllProtocols?: boolean;
}

/** A boolean that switches a rule (or the whole resource) off. */
export interface RuleSwitchFact {
  /** The argument. */
  readonly path: string;
  /** The value that switches it off. */
  readonly offWhen: boolean;
  /**
   * What an absent argument means.
   * @default - on
   */
  readonly absent?: boolean;
  /**
   * Only a literal boolean counts (not the strings "true"/"false").
   * @default false
   */
  readonly literalOnly?: boolean;
  /**
   * The switch is on the resource, not on each rule block.
   * @default false
   */
  readonly atResource?: boolean;
}

/** A default inbound policy applied to traffic no rule matches. */
export interface DefaultPolicyFact {
  /** The argument. */
  readonly argument: string;
  /** Values (lower case) that accept. */
  readonly acceptWords: string[];
  /** Whether an absent policy accepts. */
  readonly absentAccepts: boolean;
  /** How an absent policy is described in messages. */
  readonly absentText: string;
}

/** How a firewall, security group or rule resource writes its rules. */
export interface FirewallFact {
  /**
   * The rule blocks; each is labelled `<rules>[i]` in findings.
   * @default - the resource is one rule
   */
  readonly rules?: string;
  /**
   * Rules are evaluated in order (first match wins), then the default policy.
   * @default false (allow-only rules, judged one by one)
   */
  readonly ordered?: boolean;
  /**
   * Ordered rules are sorted by this numeric argument.
   * @default - written order
   */
  readonly priority?: string;
  /**
   * The default policy.
   * @default - none
   */
  readonly defaultPolicy?: DefaultPolicyFact;
  /**
   * Child resource types that add rules to this one (ordered lists span them).
   * @default - none
   */
  readonly ruleResources?: string[];
  /**
   * For a rule resource: the group type whose rules and default policy it joins.
   * @default - none
   */
  readonly groupType?: string;
  /**
   * The direction of a rule.
   * @default - every rule is inbound
   */
  readonly direction?: WordsFact;
  /**
   * A switch that turns a rule (or the resource) off.
   * @default - always on
   */
  readonly offSwitch?: RuleSwitchFact;
  /**
   * The action of a rule (accept or drop).
   * @default - every rule accepts
   */
  readonly action?: WordsFact;
  /** Where a rule admits traffic from (its source addresses or groups). */
  readonly peer: RuleSourceFact;
  /** The protocol. */
  readonly protocol: RuleProtocolFact;
  /** The destination ports. */
  readonly ports: RulePortsFact;
}

/** One IP allow list of a managed database. */
export interface AllowListEntryFact {
  /** The values (CIDRs), a dotted path entering every block. */
  readonly values: string;
  /** The argument findings point at. */
  readonly attribute: string;
  /** What is exposed, in messages ("the PostgreSQL service"). */
  readonly what: string;
  /**
   * The value is one comma-separated string of CIDRs.
   * @default false
   */
  readonly commaSeparated?: boolean;
  /**
   * An absent argument leaves the provider's default list, which admits every address (a
   * Public Gateway's SSH bastion: "The default entry of 0.0.0.0/0 allows all IPs to connect").
   * A list written empty is judged as written.
   * @default false - an absent list is judged by each handler
   */
  readonly absentMeansAny?: boolean;
}

/** A switch that gives the database a public endpoint at all. */
export interface PublicSwitchFact {
  /** The argument. */
  readonly argument: string;
  /** What an absent switch means. */
  readonly absent: boolean;
}

/** A database's allow lists and what keeps it private. */
export interface AllowListFact {
  /** The allow lists. */
  readonly entries: AllowListEntryFact[];
  /**
   * Matches that make the database private (a private network, an access scope): then nothing is judged.
   * @default - none
   */
  readonly privateWhen?: BlockMatch[];
  /**
   * The parent type whose arguments decide whether the database is private.
   * @default - none
   */
  readonly privateParentType?: string;
  /**
   * What makes that parent private.
   * @default - none
   */
  readonly privateParentWhen?: BlockMatch;
  /**
   * A switch without which nothing is public.
   * @default - none
   */
  readonly publicSwitch?: PublicSwitchFact;
  /**
   * A child resource type that holds the allow list (an ACL resource, judged on its own): a
   * database that is not private and has no such child admits what the provider opens by default.
   * @default - the allow lists are arguments of the resource
   */
  readonly childType?: string;
  /**
   * The finding when `childType` is missing (the provider's default allow list, with its source).
   * @default - none
   */
  readonly missingChildMessage?: string;
  /**
   * The argument the missing-child finding points at.
   * @default - the resource as a whole
   */
  readonly missingChildAttribute?: string;
  /**
   * The fix.
   * @default - list only known ranges, or use a private network
   */
  readonly fix?: string;
}

/** One step of a Kubernetes API access check; the first step with a verdict ends it. */
export enum ApiAccessStep {
  /** A boolean equal to `passWhen` makes the API private: pass. Unknown: the `unknownMessage` finding, if given. */
  PASS_IF_FLAG = 'pass-if-flag',
  /** A value equal to `equalTo` makes the API private: pass. */
  PASS_IF_VALUE = 'pass-if-value',
  /** A boolean that must be true (an ACL extension); false or unknown is a finding. */
  REQUIRE_FLAG = 'require-flag',
  /** A child resource (an ACL, IP restrictions) must be attached. */
  REQUIRE_CHILD = 'require-child',
  /** The argument must be written. */
  REQUIRE_SET = 'require-set',
  /** A boolean that is not false is a finding (and the check goes on). */
  FINDING_UNLESS_FALSE = 'finding-unless-false',
  /** A written argument (a public address) is the finding; not written: pass. */
  PUBLIC_IF_SET = 'public-if-set',
  /** The API is public and nothing restricts it. */
  ALWAYS_PUBLIC = 'always-public',
  /** The allow list at `argument` (or `legacyArgument`): absent, open or unknown is a finding. */
  ALLOW_LIST = 'allow-list',
  /** CIDR entries at `values` that admit any address or cannot be verified are findings (the check goes on). */
  CIDR_ENTRIES = 'cidr-entries',
}

/** One step of a Kubernetes API access check. */
export interface ApiAccessStepFact {
  /** The step. */
  readonly step: ApiAccessStep;
  /**
   * The argument the step reads.
   * @default - none
   */
  readonly argument?: string;
  /**
   * ALLOW_LIST: the older argument, used when only it is written.
   * @default - none
   */
  readonly legacyArgument?: string;
  /**
   * What an absent boolean means.
   * @default false
   */
  readonly absent?: boolean;
  /**
   * PASS_IF_FLAG: the value that makes the API private.
   * @default true
   */
  readonly passWhen?: boolean;
  /**
   * PASS_IF_VALUE: the value (lower case).
   * @default - none
   */
  readonly equalTo?: string;
  /**
   * REQUIRE_CHILD: the child types.
   * @default - none
   */
  readonly childTypes?: string[];
  /**
   * ALLOW_LIST: an empty list admits everyone (true) or no one (false).
   * @default false
   */
  readonly emptyMeansOpen?: boolean;
  /**
   * ALLOW_LIST: what the list belongs to, in messages ("The cluster").
   * @default "The cluster"
   */
  readonly what?: string;
  /**
   * CIDR_ENTRIES: the values, a dotted path entering every block.
   * @default - none
   */
  readonly values?: string;
  /**
   * The finding's message; `{value}` is the argument's value, `{sources}` the sources found.
   * @default - the step's generic message
   */
  readonly message?: string;
  /**
   * The message when the argument is not known before apply.
   * @default - the step's generic message
   */
  readonly unknownMessage?: string;
  /**
   * The argument findings point at.
   * @default - `argument`
   */
  readonly attribute?: string;
  /**
   * The fix.
   * @default - restrict the API to known ranges, or make it private
   */
  readonly fix?: string;
}

/** An argument of a resource that another one references (`backend_id` → `scaleway_lb_backend.forward_port`). */
export interface ReferencedArgumentFact {
  /** The argument holding the reference. */
  readonly reference: string;
  /** The referenced resource type. */
  readonly resourceType: string;
  /** The argument read there. */
  readonly argument: string;
}

/**
 * A load balancer listener (a frontend, a service): one on a public address that forwards an
 * administrative or database port (SSH, RDP, PostgreSQL …, the ports firewall rules are judged
 * by) with nothing filtering its sources puts that service on the internet, whatever firewall
 * the servers behind it have toward the internet (the load balancer reaches them from inside).
 * A listener with any source filter (an ACL) is not judged: its rules are the provider's to apply.
 */
export interface ListenerExposureFact {
  /** What the listener is called in findings ("frontend", "service"). */
  readonly what: string;
  /** The port the listener listens on (`inbound_port`, `listen_port`). */
  readonly port: string;
  /**
   * The port it forwards to, an argument of its own (`destination_port`).
   * @default - none
   */
  readonly targetPortArgument?: string;
  /**
   * The port it forwards to, read from the backend it references.
   * @default - none
   */
  readonly targetPort?: ReferencedArgumentFact;
  /**
   * Blocks of the listener that filter sources (`acl`): when one is written, the listener is not judged.
   * @default - none
   */
  readonly filterBlocks?: string[];
  /**
   * Child resource types that filter its sources (`scaleway_lb_acl`): when one exists, the listener is not judged.
   * @default - none
   */
  readonly filterChildTypes?: string[];
  /** The load balancer type the listener belongs to (its parent). */
  readonly loadBalancerType: string;
  /**
   * Matches on the load balancer that give it a public address for certain (`ip_ids` set).
   * @default - none
   */
  readonly publicWhen?: BlockMatch[];
  /**
   * Matches on the load balancer that make it private (no public address): then nothing is judged.
   * @default - none
   */
  readonly privateWhen?: BlockMatch[];
  /**
   * A child type of the load balancer that can switch its public interface off.
   * @default - none
   */
  readonly privateChildType?: string;
  /**
   * What makes that child switch the public interface off.
   * @default - none
   */
  readonly privateChildWhen?: BlockMatch;
  /** Whether the provider's documentation confirms that a load balancer is public when nothing above says otherwise. */
  readonly defaultPublicVerified: boolean;
  /** https URL of the documentation of that default. */
  readonly defaultPublicSource: string;
  /**
   * How the provider filters a listener's sources, for the fix ("an acl block", "nothing: put the service behind a VPN").
   * @default - add an allow list of known source ranges
   */
  readonly fix?: string;
}

/** What opens a resource type to the internet, and how the engine checks it. */
export interface PublicExposureFact {
  /** The kind of check. */
  readonly check: ExposureCheck;
  /**
   * BUCKET: what can make it public.
   * @default - none
   */
  readonly bucket?: BucketExposureFact;
  /**
   * FIREWALL: how its rules are written.
   * @default - none
   */
  readonly firewall?: FirewallFact;
  /**
   * ALLOW_LIST: the allow lists.
   * @default - none
   */
  readonly allowList?: AllowListFact;
  /**
   * API_ACCESS: the steps.
   * @default - none
   */
  readonly apiAccess?: ApiAccessStepFact[];
  /**
   * OBJECT: the object's own access setting.
   * @default - none
   */
  readonly objectAccess?: ObjectAccessFact;
  /**
   * LISTENER: the load balancer listener.
   * @default - none
   */
  readonly listener?: ListenerExposureFact;
  /**
   * The check applies only when this argument is written (e.g. inline firewall rules of a server).
   * @default - always
   */
  readonly judgedWhenSet?: string;
  /**
   * The server's or NIC's firewall switch, judged in addition to `check` (whatever `judgedWhenSet` says).
   * @default - none
   */
  readonly firewallSwitch?: FirewallSwitchFact;
  /**
   * How a server gets a public address, judged in addition to `check` on servers that hold personal data.
   * @default - none
   */
  readonly publicAddress?: PublicAddressFact;
  /** Whether a primary source confirms the fact. */
  readonly verified: boolean;
  /** https URL of the documentation the arguments were read from. */
  readonly source: string;
}

/*
 * How a resource type protects data in transit, as data: listeners (protocol, port, TLS
 * certificates, redirects to HTTPS), database TLS switches and server parameters, each in the
 * provider's own terms. The engine interprets them (lib/compliance/rules/encryption-in-transit).
 */
import { IpsecFact } from './ipsec';
import { BlockMatch } from './match';

/** The kinds of encryption-in-transit check the engine knows. */
export enum TransitCheck {
  /** A Kubernetes Ingress (or an Ingress manifest): TLS for every host, no annotation turning the HTTPS redirect off. */
  KUBERNETES_INGRESS = 'kubernetes-ingress',
  /** A load-balancer listener, frontend or forwarding rule (`listener`). */
  LISTENER = 'listener',
  /** A boolean TLS switch (`argument`) that must be true; absent means `defaultOn`. */
  TLS_FLAG = 'tls-flag',
  /** A boolean (`argument`) that opens a plain-text port: true is the finding (`message`). */
  PLAIN_FLAG = 'plain-flag',
  /** A TLS switch (`argument`) that exists for one engine only (`engineArgument` = `engine`). */
  ENGINE_TLS_FLAG = 'engine-tls-flag',
  /** A TLS mode (`argument`) that must be one of `values`, or the older boolean `legacyFlag`. */
  TLS_MODE = 'tls-mode',
  /** A server-parameter resource: the parameter `name` set to one of `offValues` is the finding. */
  SERVER_PARAMETER = 'server-parameter',
  /** A VPN tunnel or IPsec/IKE policy (`ipsec`): IKE version, algorithms, DH groups and PFS judged against BSI TR-02102-3. */
  IPSEC = 'ipsec',
}

/** One step of a listener check; the first step with a verdict ends it. */
export enum ListenerStep {
  /** The protocol is written but not known before apply: a finding (cannot be verified). */
  UNKNOWN_PROTOCOL = 'unknown-protocol',
  /** TLS is configured (a certificate argument, a TLS child resource, a TLS switch that is true): pass. */
  PASS_IF_TLS = 'pass-if-tls',
  /** A redirect to HTTPS is configured: pass. */
  PASS_IF_REDIRECT = 'pass-if-redirect',
  /** The protocol is plain HTTP (one of `protocols`, or any protocol when none is listed): a finding, unless `redirects` redirect. */
  PLAIN_IF_PROTOCOL = 'plain-if-protocol',
  /** The protocol is raw TCP (one of `protocols`, or any but them with `exceptProtocols`): port 80 is taken as plain HTTP. */
  PORT80_IF_PROTOCOL = 'port80-if-protocol',
}

/** Where a redirect to HTTPS is written: on the resource itself, on child resources, or on a resource it references. */
export interface RedirectFact {
  /**
   * Child resource types whose body is matched.
   * @default - the resource's own body (or the referenced resource)
   */
  readonly childTypes?: string[];
  /**
   * An argument referencing the resource whose body is matched (a URL map).
   * @default - not a reference
   */
  readonly referencedBy?: string;
  /**
   * The type of the referenced resource.
   * @default - any
   */
  readonly referencedType?: string;
  /** What a redirect to HTTPS looks like. */
  readonly match: BlockMatch;
}

/** A protocol read from another resource the listener references (a backend's forward protocol). */
export interface ReferencedProtocolFact {
  /** The argument holding the reference. */
  readonly reference: string;
  /** The referenced resource type. */
  readonly resourceType: string;
  /** Its protocol argument. */
  readonly argument: string;
}

/** When the protocol argument is absent, the value the provider assumes (e.g. HTTP for a listener with a port and no certificate). */
export interface ProtocolDefaultFact {
  /** The protocol assumed (lower case). */
  readonly value: string;
  /** Only when this argument is set. */
  readonly whenSet: string;
  /** Only when this argument is not set. */
  readonly unlessSet: string;
}

/** One step of a listener check. */
export interface ListenerStepFact {
  /** The step. */
  readonly step: ListenerStep;
  /**
   * The protocols (lower case) the step applies to.
   * @default - every protocol
   */
  readonly protocols?: string[];
  /**
   * The step applies to every protocol except `protocols`.
   * @default false
   */
  readonly exceptProtocols?: boolean;
  /**
   * PASS_IF_TLS: arguments whose being set means TLS (certificate ids).
   * @default - none
   */
  readonly arguments?: string[];
  /**
   * PASS_IF_TLS: child resource types whose presence means TLS.
   * @default - none
   */
  readonly childTypes?: string[];
  /**
   * PASS_IF_TLS: a boolean argument that means TLS (unknown before apply is a finding).
   * @default - none
   */
  readonly tlsFlag?: string;
  /**
   * How an absent `tlsFlag` is described in messages (`{state}`).
   * @default "not set"
   */
  readonly absentText?: string;
  /**
   * PASS_IF_REDIRECT, PLAIN_IF_PROTOCOL: how a redirect to HTTPS is written.
   * @default - none
   */
  readonly redirects?: RedirectFact[];
  /**
   * PLAIN_IF_PROTOCOL: the finding. Placeholders: `{port}` (the port written, or ?), `{state}`
   * (the TLS switch), `{backend}` (the referenced resource).
   * @default - none
   */
  readonly message?: string;
  /**
   * PLAIN_IF_PROTOCOL: the fix.
   * @default - none
   */
  readonly fix?: string;
  /**
   * PLAIN_IF_PROTOCOL: the argument the finding points at.
   * @default - none
   */
  readonly attribute?: string;
}

/** A listener: how its protocol, port, TLS and redirects are written, and the steps that judge it. */
export interface ListenerFact {
  /**
   * Listener blocks of the resource, each judged on its own.
   * @default - the resource is one listener
   */
  readonly blocks?: string;
  /**
   * The protocol (or mode) argument.
   * @default - no protocol argument
   */
  readonly protocol?: string;
  /**
   * What an absent protocol means.
   * @default - unknown
   */
  readonly protocolDefault?: ProtocolDefaultFact;
  /**
   * The protocol is read from a referenced resource.
   * @default - from `protocol`
   */
  readonly protocolFrom?: ReferencedProtocolFact;
  /** The port argument. */
  readonly port: string;
  /** What the listener is called in the port-80 message ("listener", "frontend", "service"). */
  readonly what: string;
  /**
   * Listener blocks: at most one port-80 finding for the resource.
   * @default false
   */
  readonly oneFinding?: boolean;
  /** The steps, in order. */
  readonly steps: ListenerStepFact[];
}

/** How a resource type protects data in transit, and how the engine checks it. */
export interface EncryptionInTransitFact {
  /** The kind of check. */
  readonly check: TransitCheck;
  /**
   * LISTENER: the listener.
   * @default - none
   */
  readonly listener?: ListenerFact;
  /**
   * The switch or mode argument (TLS_FLAG, PLAIN_FLAG, ENGINE_TLS_FLAG, TLS_MODE).
   * @default - none
   */
  readonly argument?: string;
  /**
   * What the resource is, in messages.
   * @default "resource"
   */
  readonly what?: string;
  /**
   * TLS_FLAG: an absent switch means on.
   * @default false
   */
  readonly defaultOn?: boolean;
  /**
   * The fix, in the provider's terms.
   * @default - the rule's remediation only
   */
  readonly fix?: string;
  /**
   * The finding's message (PLAIN_FLAG, SERVER_PARAMETER), or its template with `{state}`
   * (ENGINE_TLS_FLAG, TLS_MODE).
   * @default - the generic message of the check
   */
  readonly message?: string;
  /**
   * TLS_MODE: how an absent mode is described (`{state}`).
   * @default "not set"
   */
  readonly absentText?: string;
  /**
   * TLS_MODE: the modes (lower case) that refuse unencrypted connections.
   * @default - none
   */
  readonly values?: string[];
  /**
   * TLS_MODE: an older boolean that also enforces TLS when the mode is absent.
   * @default - none
   */
  readonly legacyFlag?: string;
  /**
   * ENGINE_TLS_FLAG: the argument naming the engine.
   * @default - none
   */
  readonly engineArgument?: string;
  /**
   * ENGINE_TLS_FLAG: the engine (lower case) the switch exists for.
   * @default - none
   */
  readonly engine?: string;
  /**
   * ENGINE_TLS_FLAG: the message when the engine is not known before apply.
   * @default - none
   */
  readonly unknownEngineMessage?: string;
  /**
   * ENGINE_TLS_FLAG: the fix when the engine is not known before apply.
   * @default - `fix`
   */
  readonly unknownEngineFix?: string;
  /**
   * SERVER_PARAMETER: the argument naming the parameter.
   * @default - none
   */
  readonly nameArgument?: string;
  /**
   * SERVER_PARAMETER: the parameter (lower case).
   * @default - none
   */
  readonly name?: string;
  /**
   * SERVER_PARAMETER: the argument holding its value.
   * @default - none
   */
  readonly valueArgument?: string;
  /**
   * SERVER_PARAMETER: values (lower case) that switch TLS off.
   * @default - none
   */
  readonly offValues?: string[];
  /**
   * IPSEC: where the IPsec parameters are written.
   * @default - none
   */
  readonly ipsec?: IpsecFact;
  /** Whether a primary source confirms the fact. */
  readonly verified: boolean;
  /** https URL of the documentation the arguments were read from. */
  readonly source: string;
}

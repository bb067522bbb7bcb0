import { Construct } from 'constructs';
import { IngressV1 } from '@cdktf/provider-kubernetes/lib/ingress-v1';
import { invalidInput } from '../errors';
import { checkDnsLabel, checkDnsSubdomain, checkLabels, unresolved } from './validate';
import { INetworkPeer, ISecureWorkload, ISovereignNamespace, NetworkPeerConfig, Port } from './zone';

/**
 * The ingress controller that serves the ingress class: it decides which annotations switch
 * on the HTTP→HTTPS redirect and HSTS.
 */
export enum IngressController {
  /**
   * F5 NGINX Ingress Controller (nginx/kubernetes-ingress, `nginx.org/*` annotations): redirect
   * with `ingress.kubernetes.io/ssl-redirect` and `nginx.org/ssl-redirect`, HSTS per ingress with
   * `nginx.org/hsts`, `nginx.org/hsts-max-age`, `nginx.org/hsts-include-subdomains`.
   * https://docs.nginx.com/nginx-ingress-controller/configuration/ingress-resources/advanced-configuration-with-annotations/
   */
  NGINX = 'nginx',
  /**
   * Community ingress-nginx (kubernetes/ingress-nginx, retired in 2026): redirect with
   * `nginx.ingress.kubernetes.io/ssl-redirect` and `force-ssl-redirect`. HSTS is a controller
   * setting (ConfigMap `hsts`, `hsts-max-age`, `hsts-include-subdomains`), not an ingress
   * annotation, so `hstsMaxAge` / `hstsIncludeSubdomains` cannot be set here.
   * https://github.com/kubernetes/ingress-nginx/blob/controller-v1.15.1/docs/user-guide/nginx-configuration/configmap.md
   */
  INGRESS_NGINX = 'ingress-nginx',
}

/** Options of `TlsCertificate.certManager`. */
export interface CertManagerOptions {
  /**
   * Whether the issuer is a ClusterIssuer (`cert-manager.io/cluster-issuer`) rather than an
   * Issuer in the ingress's namespace (`cert-manager.io/issuer`).
   * @default true
   */
  readonly clusterIssuer?: boolean;
  /**
   * Secret cert-manager writes the certificate to.
   * @default `<ingress name>-tls`
   */
  readonly secretName?: string;
}

/** Where the ingress's certificate comes from: an existing TLS Secret, or cert-manager. */
export class TlsCertificate {
  /** An existing `kubernetes.io/tls` Secret in the ingress's namespace. */
  public static fromSecret(secretName: string): TlsCertificate {
    checkDnsSubdomain(secretName, 'TlsCertificate.fromSecret() secretName');
    return new TlsCertificate(secretName, undefined, undefined);
  }

  /** A certificate issued by cert-manager (annotation on the ingress; cert-manager fills the Secret). */
  public static certManager(issuerName: string, options: CertManagerOptions = {}): TlsCertificate {
    checkDnsSubdomain(issuerName, 'TlsCertificate.certManager() issuerName');
    if (options.secretName !== undefined) checkDnsSubdomain(options.secretName, 'TlsCertificate.certManager() secretName');
    const annotation = (options.clusterIssuer ?? true) ? 'cert-manager.io/cluster-issuer' : 'cert-manager.io/issuer';
    return new TlsCertificate(options.secretName, annotation, issuerName);
  }

  private constructor(
    private readonly secretName: string | undefined,
    private readonly issuerAnnotation: string | undefined,
    private readonly issuer: string | undefined,
  ) {}

  /** @internal */
  public _secretName(ingressName: string): string {
    return this.secretName ?? `${ingressName}-tls`;
  }

  /** @internal */
  public _annotations(): Record<string, string> {
    return this.issuerAnnotation ? { [this.issuerAnnotation]: this.issuer! } : {};
  }
}

/** One host (and path) routed to a workload. */
export interface TlsIngressRule {
  /** Host name (a DNS name; `*.example.eu` wildcards allowed). Every rule has a host, so TLS covers it. */
  readonly host: string;
  /** The workload that serves it (through its ClusterIP Service). */
  readonly backend: ISecureWorkload;
  /**
   * Path prefix.
   * @default '/'
   */
  readonly path?: string;
  /**
   * Port of the backend.
   * @default - the backend's first port
   */
  readonly port?: Port;
}

/** Settings of a `TlsIngress`. */
export interface TlsIngressProps {
  /** The namespace of the ingress (and its backends). */
  readonly namespace: ISovereignNamespace;
  /** Ingress name: a DNS-1123 label. */
  readonly name: string;
  /** The ingress class (`spec.ingressClassName`), e.g. `nginx`. */
  readonly ingressClassName: string;
  /** The controller behind the class, which decides the annotations for redirect and HSTS. */
  readonly controller: IngressController;
  /** The certificate. */
  readonly certificate: TlsCertificate;
  /** Hosts and the workloads that serve them (at least one). */
  readonly rules: TlsIngressRule[];
  /**
   * HSTS max-age in seconds (NGINX only).
   * @default 31536000 (one year)
   */
  readonly hstsMaxAge?: number;
  /**
   * Whether HSTS covers subdomains (NGINX only).
   * @default true
   */
  readonly hstsIncludeSubdomains?: boolean;
  /**
   * Namespace of the controller's pods, for `allowFrom(ingress)`.
   * @default - `nginx-ingress` (NGINX) or `ingress-nginx` (INGRESS_NGINX), the namespaces their install guides use
   */
  readonly controllerNamespace?: string;
  /**
   * Labels of the controller's pods, for `allowFrom(ingress)`.
   * @default - `app.kubernetes.io/name: nginx-ingress` (NGINX) or `app.kubernetes.io/name: ingress-nginx` (INGRESS_NGINX)
   */
  readonly controllerPodLabels?: { [key: string]: string };
  /**
   * More annotations. Those that set the redirect and HSTS cannot be overridden.
   * @default - none
   */
  readonly annotations?: { [key: string]: string };
}

const HOST = /^(\*\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const ONE_YEAR = 31536000;

const CONTROLLERS: Record<IngressController, { namespace: string; labels: Record<string, string> }> = {
  [IngressController.NGINX]: { namespace: 'nginx-ingress', labels: { 'app.kubernetes.io/name': 'nginx-ingress' } },
  [IngressController.INGRESS_NGINX]: { namespace: 'ingress-nginx', labels: { 'app.kubernetes.io/name': 'ingress-nginx' } },
};

/**
 * An `ingress_v1` that serves only HTTPS: every rule host is covered by the TLS block (a
 * Secret or a cert-manager issuer), HTTP is redirected to HTTPS, HSTS is on, and the ingress
 * targets a named ingress class.
 *
 * The ingress is a network peer (its controller's pods): let the backends accept it with
 * `backend.allowFrom(ingress)`.
 *
 * @example
 * const ingress = new TlsIngress(this, 'Ingress', {
 *   namespace: ns, name: 'shop', ingressClassName: 'nginx', controller: IngressController.NGINX,
 *   certificate: TlsCertificate.certManager('letsencrypt'), rules: [{ host: 'shop.example.eu', backend: web }],
 * });
 * web.allowFrom(ingress);
 */
export class TlsIngress extends Construct implements INetworkPeer {
  /** The ingress resource. */
  public readonly resource: IngressV1;
  /** The hosts it serves (all covered by TLS). */
  public readonly hosts: string[];
  /** The Secret holding the certificate. */
  public readonly tlsSecretName: string;

  private readonly controllerNamespace: string;
  private readonly controllerPodLabels: Record<string, string>;

  constructor(scope: Construct, id: string, props: TlsIngressProps) {
    super(scope, id);
    const where = `TlsIngress "${this.node.path}"`;
    checkDnsLabel(props.name, `${where} name`);
    checkDnsSubdomain(props.ingressClassName, `${where} ingressClassName`);
    checkLabels(props.controllerPodLabels, `${where} controllerPodLabels`);
    if (!Object.values(IngressController).includes(props.controller)) {
      throw invalidInput({
        code: 'UNKNOWN_INGRESS_CONTROLLER',
        what: `${where} controller`,
        given: props.controller,
        allowed: Object.values(IngressController).join(', '),
        fix: 'use IngressController.NGINX or IngressController.INGRESS_NGINX; other controllers need their own redirect and HSTS settings.',
      });
    }
    if (!props.rules || props.rules.length === 0) {
      throw invalidInput({
        code: 'NO_INGRESS_RULES',
        what: `${where} rules`,
        given: props.rules ?? [],
        allowed: 'at least one rule with a host and a backend',
        fix: 'add { host: \'shop.example.eu\', backend: web }.',
      });
    }
    const controller = CONTROLLERS[props.controller];
    this.controllerNamespace = props.controllerNamespace ?? controller.namespace;
    checkDnsLabel(this.controllerNamespace, `${where} controllerNamespace`);
    this.controllerPodLabels = props.controllerPodLabels ?? controller.labels;

    const hstsMaxAge = props.hstsMaxAge ?? ONE_YEAR;
    if (props.controller === IngressController.INGRESS_NGINX && (props.hstsMaxAge !== undefined || props.hstsIncludeSubdomains !== undefined)) {
      throw invalidInput({
        code: 'HSTS_NOT_PER_INGRESS',
        what: `${where} hstsMaxAge / hstsIncludeSubdomains`,
        given: { hstsMaxAge: props.hstsMaxAge, hstsIncludeSubdomains: props.hstsIncludeSubdomains },
        allowed: 'no HSTS props with ingress-nginx, which configures HSTS for the whole controller',
        fix: 'set hsts, hsts-max-age and hsts-include-subdomains in the ingress-nginx controller ConfigMap, and remove the props.',
      });
    }
    if (!unresolved(hstsMaxAge) && !(Number.isInteger(hstsMaxAge) && hstsMaxAge >= 86400)) {
      throw invalidInput({
        code: 'INVALID_HSTS_MAX_AGE',
        what: `${where} hstsMaxAge`,
        given: hstsMaxAge,
        allowed: 'whole seconds, at least 86400 (one day); browsers forget a shorter policy before it protects anyone',
        fix: `use ${ONE_YEAR} (one year).`,
      });
    }

    const hosts: string[] = [];
    const paths = new Map<string, Array<{ path: string; backend: ISecureWorkload; port: Port }>>();
    props.rules.forEach((rule, i) => {
      if (!unresolved(rule.host) && !(typeof rule.host === 'string' && rule.host.length <= 253 && HOST.test(rule.host))) {
        throw invalidInput({
          code: 'INVALID_HOST',
          what: `${where} rules[${i}].host`,
          given: rule.host,
          allowed: 'a lower-case DNS name, optionally starting with "*." (a rule without host cannot be covered by TLS)',
          fix: 'use a name such as "shop.example.eu".',
        });
      }
      if (rule.backend.namespace !== props.namespace) {
        throw invalidInput({
          code: 'BACKEND_IN_OTHER_NAMESPACE',
          what: `${where} rules[${i}].backend`,
          given: rule.backend.node.path,
          allowed: 'a workload in the ingress\'s namespace (an ingress routes only to Services of its namespace)',
          fix: 'create the TlsIngress in the workload\'s namespace.',
        });
      }
      const path = rule.path ?? '/';
      if (!unresolved(path) && !(typeof path === 'string' && path.startsWith('/'))) {
        throw invalidInput({
          code: 'INVALID_PATH',
          what: `${where} rules[${i}].path`,
          given: path,
          allowed: 'an absolute path prefix',
          fix: 'start the path with "/".',
        });
      }
      const port = rule.port ?? rule.backend.ports[0];
      if (!rule.backend.ports.some((p) => p.number === port.number && p.protocol === port.protocol)) {
        throw invalidInput({
          code: 'PORT_NOT_SERVED',
          what: `${where} rules[${i}].port`,
          given: port.toString(),
          allowed: `a port the backend serves: ${rule.backend.ports.map((p) => p.toString()).join(', ')}`,
          fix: 'use one of those ports, or add the port to the workload.',
        });
      }
      if (!hosts.includes(rule.host)) hosts.push(rule.host);
      const list = paths.get(rule.host) ?? [];
      list.push({ path, backend: rule.backend, port });
      paths.set(rule.host, list);
    });
    this.hosts = hosts;
    this.tlsSecretName = props.certificate._secretName(props.name);

    const managed: Record<string, string> = props.controller === IngressController.NGINX
      ? {
        'ingress.kubernetes.io/ssl-redirect': 'true',
        'nginx.org/ssl-redirect': 'true',
        'nginx.org/hsts': 'true',
        'nginx.org/hsts-max-age': String(hstsMaxAge),
        'nginx.org/hsts-include-subdomains': String(props.hstsIncludeSubdomains ?? true),
      }
      : {
        'nginx.ingress.kubernetes.io/ssl-redirect': 'true',
        'nginx.ingress.kubernetes.io/force-ssl-redirect': 'true',
      };
    Object.assign(managed, props.certificate._annotations());
    const overridden = Object.keys(props.annotations ?? {}).filter((k) => k in managed);
    if (overridden.length > 0) {
      throw invalidInput({
        code: 'TLS_ANNOTATION_OVERRIDE',
        what: `${where} annotations`,
        given: overridden,
        allowed: 'annotations other than the redirect, HSTS and certificate annotations this construct sets',
        fix: 'remove them; use hstsMaxAge / hstsIncludeSubdomains / certificate instead.',
      });
    }

    this.resource = new IngressV1(this, 'Resource', {
      metadata: {
        name: props.name,
        namespace: props.namespace.namespaceName,
        labels: props.namespace.sovereigntyLabels,
        annotations: { ...props.annotations, ...managed },
      },
      spec: {
        ingressClassName: props.ingressClassName,
        tls: [{ hosts, secretName: this.tlsSecretName }],
        rule: hosts.map((host) => ({
          host,
          http: {
            path: paths.get(host)!.map((p) => ({
              path: p.path,
              pathType: 'Prefix',
              backend: { service: { name: p.backend.serviceName, port: { number: p.port.number } } },
            })),
          },
        })),
      },
    });
  }

  /** The ingress controller's pods, as a NetworkPolicy peer (`backend.allowFrom(ingress)`). */
  public toNetworkPeerConfig(): NetworkPeerConfig {
    return {
      description: `ingress controller (${this.controllerNamespace})`,
      namespaceName: this.controllerNamespace,
      podLabels: this.controllerPodLabels,
    };
  }
}

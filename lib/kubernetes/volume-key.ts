import { TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { SecretV1 } from '@cdktf/provider-kubernetes/lib/secret-v1';
import { invalidInput } from '../errors';
import { checkDnsLabel, checkDnsSubdomain } from './validate';

/** Options of `VolumePassphrase.fromVariable`. */
export interface PassphraseVariableOptions {
  /**
   * Namespace of the Secret created for the passphrase (the CSI node plugin reads it there).
   * @default 'kube-system'
   */
  readonly secretNamespace?: string;
  /**
   * Whether the passphrase is written as a write-only attribute (`data_wo`, Terraform 1.11+),
   * so it is kept out of the Terraform state as well as out of `cdk.tf.json`. Set `false` for
   * tools without write-only attributes; the state then holds the passphrase.
   * @default true
   */
  readonly keepOutOfState?: boolean;
}

/**
 * Where the LUKS passphrase of an encrypted StorageClass comes from: a sensitive Terraform
 * variable (set at apply time, e.g. `TF_VAR_volume_passphrase` from a secret store) or a Secret
 * that already exists in the cluster. There is deliberately no way to pass a literal.
 */
export class VolumePassphrase {
  /**
   * A sensitive Terraform variable without a default; a Secret holding it is created.
   * @param variable `new TerraformVariable(this, 'volume_passphrase', { type: 'string', sensitive: true })`
   */
  public static fromVariable(variable: TerraformVariable, options: PassphraseVariableOptions = {}): VolumePassphrase {
    const where = `VolumePassphrase.fromVariable(${variable?.node?.path ?? 'undefined'})`;
    if (variable?.sensitive !== true) {
      throw invalidInput({
        code: 'PASSPHRASE_VARIABLE_NOT_SENSITIVE',
        what: where,
        given: `sensitive: ${String(variable?.sensitive)}`,
        allowed: 'a variable with sensitive: true, so Terraform never prints the passphrase',
        fix: 'declare it as new TerraformVariable(this, \'volume_passphrase\', { type: \'string\', sensitive: true }).',
      });
    }
    if (variable.default !== undefined) {
      throw invalidInput({
        code: 'PASSPHRASE_VARIABLE_HAS_DEFAULT',
        what: where,
        given: 'a default value',
        allowed: 'a variable without default: a default is written into cdk.tf.json as a literal',
        fix: 'remove the default and set the value at apply time (TF_VAR_<name> from your secret store).',
      });
    }
    if (variable.type !== undefined && variable.type !== 'string') {
      throw invalidInput({
        code: 'PASSPHRASE_VARIABLE_TYPE',
        what: where,
        given: variable.type,
        allowed: 'type "string"',
        fix: 'declare the variable with type: \'string\'.',
      });
    }
    const namespace = options.secretNamespace ?? 'kube-system';
    checkDnsLabel(namespace, `${where} secretNamespace`);
    return new VolumePassphrase(namespace, undefined, variable, options.keepOutOfState ?? true);
  }

  /**
   * An existing Secret that holds the passphrase under the provider's key
   * (`encryptionPassphrase` on Scaleway, `encryption-passphrase` on Hetzner).
   */
  public static fromSecret(secretName: string, secretNamespace: string): VolumePassphrase {
    checkDnsSubdomain(secretName, 'VolumePassphrase.fromSecret() secretName');
    checkDnsLabel(secretNamespace, 'VolumePassphrase.fromSecret() secretNamespace');
    return new VolumePassphrase(secretNamespace, secretName, undefined, false);
  }

  /** Namespace of the Secret. */
  public readonly secretNamespace: string;
  /**
   * Name of an existing Secret.
   * @default - a Secret is created from the variable
   */
  public readonly existingSecretName?: string;

  private constructor(namespace: string, secretName: string | undefined, private readonly variable: TerraformVariable | undefined, private readonly writeOnly: boolean) {
    this.secretNamespace = namespace;
    this.existingSecretName = secretName;
  }

  /** @internal the Secret's name, creating the Secret from the variable when needed. */
  public _bind(scope: Construct, className: string, secretKey: string, labels: Record<string, string>): string {
    if (this.existingSecretName !== undefined) return this.existingSecretName;
    const name = `${className}-passphrase`;
    const value = { [secretKey]: this.variable!.stringValue };
    const secret = new SecretV1(scope, 'Passphrase', {
      metadata: { name, namespace: this.secretNamespace, labels },
      type: 'Opaque',
      ...(this.writeOnly ? { dataWo: value, dataWoRevision: 1 } : { data: value }),
    });
    return secret.metadata.name;
  }
}

/** A key in the provider's key-management service. Which fields are needed depends on the provider. */
export interface KmsKey {
  /** Key ID (STACKIT `kmsKeyID`, Open Telekom Cloud DEW key ID). */
  readonly keyId: string;
  /**
   * Key ring ID (STACKIT `kmsKeyringID`, required there).
   * @default - none
   */
  readonly keyringId?: string;
  /**
   * Key version (STACKIT `kmsKeyVersion`, required there).
   * @default - none
   */
  readonly keyVersion?: string;
  /**
   * Service account allowed to use the key (STACKIT `kmsServiceAccount`, required there).
   * @default - none
   */
  readonly serviceAccount?: string;
  /**
   * Project of the key, when it is not the cluster's project (STACKIT `kmsProjectID`).
   * @default - the cluster's project
   */
  readonly projectId?: string;
}

/**
 * A dokku-postgres or dokku-redis service name, as every command takes one (setup's
 * --postgres-service, the postgres-service setting, restore's --into-service, a manifest's
 * service): the plugins' own rule (`^[A-Za-z0-9_-]+$`, is_valid_service_name), except a leading
 * `-`, which the plugins would accept but which reaches a `dokku postgres:*` argv as a flag.
 */
export function isServiceName(value: string): boolean {
  return /^[A-Za-z0-9_][A-Za-z0-9_-]*$/.test(value);
}

/** What a refusal says a service name may be. */
export const SERVICE_NAME_HINT = "letters, digits, _ and - (not first), as dokku-postgres and dokku-redis take them";

import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/dokku/cron.ts
async function rewriteCrontab(dokku) {
  await dokku.trigger("scheduler-cron-write", [], { mutating: true });
}

export {
  rewriteCrontab
};

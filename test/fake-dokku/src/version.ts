// The Dokku version the fake answers as (`dokku version`, `dokku report`).
export const DOKKU_VERSION = "0.38.27";

/** The config the development token route signs with (the app module's own is not exported to it). */
export const DEVELOPMENT_CONFIG = Symbol('DEVELOPMENT_CONFIG');

// `@dtk/auth/native`: native apps on Node (RFC 8252), such as a CLI signing a user in through the system browser:
// the loopback redirect listener and a token file shared safely between concurrent processes.

export { FileTokenStore, type FileTokenStoreOptions } from './file-token-store.js';
export { type LoopbackListener, type LoopbackListenerOptions, startLoopbackListener } from './loopback.js';

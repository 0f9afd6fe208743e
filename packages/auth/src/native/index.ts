// `@dtk/auth/native`: native apps on Node (RFC 8252), such as a CLI signing a user in through the system browser:
// the loopback redirect listener, a token file shared safely between concurrent processes, and the cross-process file
// lock and atomic private-file write it uses, for an app's other files.

export { type FileLockOptions, withFileLock } from './file-lock.js';
export { FileTokenStore, type FileTokenStoreOptions } from './file-token-store.js';
export { type LoopbackListener, type LoopbackListenerOptions, startLoopbackListener } from './loopback.js';
export { replacePrivateFile } from './private-file.js';

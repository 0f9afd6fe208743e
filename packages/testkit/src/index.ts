export { startTestServer, sendJson, type TestServer, type TestHandler, type RecordedRequest } from './http-server.js';

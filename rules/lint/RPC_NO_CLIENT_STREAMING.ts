/** RPCs do not stream their requests. */
import { lintRule } from "../../src/engine/rule.js";

export default lintRule({
  id: "RPC_NO_CLIENT_STREAMING",
  categories: {
    v1beta1: ["UNARY_RPC"],
    v1: ["UNARY_RPC"],
    v2: ["UNARY_RPC"],
  },
  summary: "RPCs do not stream requests (`rpc X(stream Req)`).",
  docs:
    "Client streaming needs HTTP/2 end to end: browsers (gRPC-Web, Connect over HTTP/1.1), many proxies and " +
    "load balancers cannot carry it, and streams are harder to retry, time out and observe than unary calls. " +
    "Teams that need every RPC callable from everywhere enable the UNARY_RPC category.\n\n" +
    "Send the data in one request, or split it into unary calls (e.g. an upload session: `StartUpload`, " +
    "`UploadChunk`, `FinishUpload`). The finding covers the whole RPC.",
  examples: {
    bad: [
      `syntax = "proto3";
message UploadRequest {}
message UploadResponse {}
service FileService {
  rpc Upload(stream UploadRequest) returns (UploadResponse);
  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ RPC_NO_CLIENT_STREAMING
}
`,
    ],
    good: [
      `syntax = "proto3";
message UploadRequest {}
message UploadResponse {}
service FileService {
  rpc Upload(UploadRequest) returns (UploadResponse);
}
`,
    ],
  },
  target: "method",
  only: (method) => method.clientStreaming,
  check(method, ctx) {
    ctx.report(method, `rpc "${method.name}" streams its request; make it unary: remove "stream" before ${method.inputType.slice(method.inputType.lastIndexOf(".") + 1)}`);
  },
});

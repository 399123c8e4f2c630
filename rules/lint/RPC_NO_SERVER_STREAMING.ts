/** RPCs do not stream their responses. */
import { lintRule } from "../../src/engine/rule.js";

export default lintRule({
  id: "RPC_NO_SERVER_STREAMING",
  categories: {
    v1beta1: ["UNARY_RPC"],
    v1: ["UNARY_RPC"],
    v2: ["UNARY_RPC"],
  },
  summary: "RPCs do not stream responses (`returns (stream Resp)`).",
  docs:
    "Streaming responses need long-lived connections that some proxies, load balancers and serverless " +
    "platforms cut, and streams are harder to retry, time out and observe than unary calls. Teams that need " +
    "every RPC callable from everywhere enable the UNARY_RPC category.\n\n" +
    "Return the data in one response, page through it with unary calls (`page_token` / `next_page_token`), or " +
    "poll. The finding covers the whole RPC.",
  examples: {
    bad: [
      `syntax = "proto3";
message WatchRequest {}
message WatchResponse {}
service EventService {
  rpc Watch(WatchRequest) returns (stream WatchResponse);
  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ RPC_NO_SERVER_STREAMING
}
`,
    ],
    good: [
      `syntax = "proto3";
message WatchRequest {}
message WatchResponse {}
service EventService {
  rpc Watch(WatchRequest) returns (WatchResponse);
}
`,
    ],
  },
  target: "method",
  only: (method) => method.serverStreaming,
  check(method, ctx) {
    ctx.report(method, `rpc "${method.name}" streams its response; make it unary: remove "stream" before ${method.outputType.slice(method.outputType.lastIndexOf(".") + 1)}`);
  },
});

/** Service names end with the configured suffix (`Service`). */
import { SERVICE_NAME } from "../../src/engine/model.js";
import { lintRule } from "../../src/engine/rule.js";

export default lintRule({
  id: "SERVICE_SUFFIX",
  categories: {
    v1beta1: ["DEFAULT", "STANDARD", "STYLE_DEFAULT", "STYLE_STANDARD"],
    v1: ["DEFAULT", "STANDARD"],
    v2: ["DEFAULT", "STANDARD"],
  },
  summary: "Service names end with `Service` (configurable).",
  docs:
    "A fixed suffix tells services apart from messages at a glance and keeps generated client and server " +
    "types (`UserServiceClient`) from colliding with message types of the same package.\n\n" +
    "Rename the service to end with the suffix (`Greeter` → `GreeterService`). The suffix is " +
    "`lint.service_suffix` in buf.yaml (default `Service`; an empty value means the default). The service " +
    "name is part of every request URL in gRPC and Connect, so rename before clients depend on it.",
  examples: {
    bad: [
      `syntax = "proto3";
service Greeter {}
        ^^^^^^^ SERVICE_SUFFIX
`,
      {
        files: {
          "example.proto": `syntax = "proto3";
service GreeterService {}
        ^^^^^^^^^^^^^^ SERVICE_SUFFIX
`,
        },
        config: { service_suffix: "API" },
      },
    ],
    good: [
      `syntax = "proto3";
service GreeterService {}
`,
      { files: { "example.proto": `syntax = "proto3";\nservice GreeterAPI {}\n` }, config: { service_suffix: "API" } },
    ],
  },
  target: "service",
  check(service, ctx) {
    const suffix = ctx.options.serviceSuffix;
    if (service.name.endsWith(suffix)) return;
    ctx.report({ element: service, at: [SERVICE_NAME] }, `service "${service.name}" should end with "${suffix}": ${service.name}${suffix}`, {
      fix: { text: `${service.name}${suffix}` },
    });
  },
});

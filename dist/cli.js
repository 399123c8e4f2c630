#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from "node:module"; const require = __pgCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key2 of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key2) && key2 !== except)
        __defProp(to, key2, { get: () => from[key2], enumerable: !(desc = __getOwnPropDesc(from, key2)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// <define:__PROTOGUARD_WKT__>
var define_PROTOGUARD_WKT_default;
var init_define_PROTOGUARD_WKT = __esm({
  "<define:__PROTOGUARD_WKT__>"() {
    define_PROTOGUARD_WKT_default = { "google/protobuf/any.proto": '// Protocol Buffers - Google\'s data interchange format\n// Copyright 2008 Google Inc.  All rights reserved.\n// https://developers.google.com/protocol-buffers/\n//\n// Redistribution and use in source and binary forms, with or without\n// modification, are permitted provided that the following conditions are\n// met:\n//\n//     * Redistributions of source code must retain the above copyright\n// notice, this list of conditions and the following disclaimer.\n//     * Redistributions in binary form must reproduce the above\n// copyright notice, this list of conditions and the following disclaimer\n// in the documentation and/or other materials provided with the\n// distribution.\n//     * Neither the name of Google Inc. nor the names of its\n// contributors may be used to endorse or promote products derived from\n// this software without specific prior written permission.\n//\n// THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS\n// "AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT\n// LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR\n// A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT\n// OWNER OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL,\n// SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT\n// LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE,\n// DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY\n// THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT\n// (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE\n// OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.\n\nsyntax = "proto3";\n\npackage google.protobuf;\n\noption go_package = "google.golang.org/protobuf/types/known/anypb";\noption java_package = "com.google.protobuf";\noption java_outer_classname = "AnyProto";\noption java_multiple_files = true;\noption objc_class_prefix = "GPB";\noption csharp_namespace = "Google.Protobuf.WellKnownTypes";\n\n// `Any` contains an arbitrary serialized protocol buffer message along with a\n// URL that describes the type of the serialized message.\n//\n// In its binary encoding, an `Any` is an ordinary message; but in other wire\n// forms like JSON, it has a special encoding. The format of the type URL is\n// described on the `type_url` field.\n//\n// Protobuf APIs provide utilities to interact with `Any` values:\n//\n// - A \'pack\' operation accepts a message and constructs a generic `Any` wrapper\n//   around it.\n// - An \'unpack\' operation reads the content of an `Any` message, either into an\n//   existing message or a new one. Unpack operations must check the type of the\n//   value they unpack against the declared `type_url`.\n// - An \'is\' operation decides whether an `Any` contains a message of the given\n//   type, i.e. whether it can \'unpack\' that type.\n//\n// The JSON format representation of an `Any` follows one of these cases:\n//\n// - For types without special-cased JSON encodings, the JSON format\n//   representation of the `Any` is the same as that of the message, with an\n//   additional `@type` field which contains the type URL.\n// - For types with special-cased JSON encodings (typically called \'well-known\'\n//   types, listed in https://protobuf.dev/programming-guides/json/#any), the\n//   JSON format representation has a key `@type` which contains the type URL\n//   and a key `value` which contains the JSON-serialized value.\n//\n// The text format representation of an `Any` is like a message with one field\n// whose name is the type URL in brackets. For example, an `Any` containing a\n// `foo.Bar` message may be written `[type.googleapis.com/foo.Bar] { a: 2 }`.\nmessage Any {\n  // Identifies the type of the serialized Protobuf message with a URI reference\n  // consisting of a prefix ending in a slash and the fully-qualified type name.\n  //\n  // Example: type.googleapis.com/google.protobuf.StringValue\n  //\n  // This string must contain at least one `/` character, and the content after\n  // the last `/` must be the fully-qualified name of the type in canonical\n  // form, without a leading dot. Do not write a scheme on these URI references\n  // so that clients do not attempt to contact them.\n  //\n  // The prefix is arbitrary and Protobuf implementations are expected to\n  // simply strip off everything up to and including the last `/` to identify\n  // the type. `type.googleapis.com/` is a common default prefix that some\n  // legacy implementations require. This prefix does not indicate the origin of\n  // the type, and URIs containing it are not expected to respond to any\n  // requests.\n  //\n  // All type URL strings must be legal URI references with the additional\n  // restriction (for the text format) that the content of the reference\n  // must consist only of alphanumeric characters, percent-encoded escapes, and\n  // characters in the following set (not including the outer backticks):\n  // `/-.~_!$&()*+,;=`. Despite our allowing percent encodings, implementations\n  // should not unescape them to prevent confusion with existing parsers. For\n  // example, `type.googleapis.com%2FFoo` should be rejected.\n  //\n  // In the original design of `Any`, the possibility of launching a type\n  // resolution service at these type URLs was considered but Protobuf never\n  // implemented one and considers contacting these URLs to be problematic and\n  // a potential security issue. Do not attempt to contact type URLs.\n  string type_url = 1;\n\n  // Holds a Protobuf serialization of the type described by type_url.\n  bytes value = 2;\n}\n', "google/protobuf/api.proto": '// Protocol Buffers - Google\'s data interchange format\n// Copyright 2008 Google Inc.  All rights reserved.\n// https://developers.google.com/protocol-buffers/\n//\n// Redistribution and use in source and binary forms, with or without\n// modification, are permitted provided that the following conditions are\n// met:\n//\n//     * Redistributions of source code must retain the above copyright\n// notice, this list of conditions and the following disclaimer.\n//     * Redistributions in binary form must reproduce the above\n// copyright notice, this list of conditions and the following disclaimer\n// in the documentation and/or other materials provided with the\n// distribution.\n//     * Neither the name of Google Inc. nor the names of its\n// contributors may be used to endorse or promote products derived from\n// this software without specific prior written permission.\n//\n// THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS\n// "AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT\n// LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR\n// A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT\n// OWNER OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL,\n// SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT\n// LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE,\n// DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY\n// THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT\n// (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE\n// OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.\n\nsyntax = "proto3";\n\npackage google.protobuf;\n\nimport "google/protobuf/source_context.proto";\nimport "google/protobuf/type.proto";\n\noption java_package = "com.google.protobuf";\noption java_outer_classname = "ApiProto";\noption java_multiple_files = true;\noption objc_class_prefix = "GPB";\noption csharp_namespace = "Google.Protobuf.WellKnownTypes";\noption go_package = "google.golang.org/protobuf/types/known/apipb";\n\n// Api is a light-weight descriptor for an API Interface.\n//\n// Interfaces are also described as "protocol buffer services" in some contexts,\n// such as by the "service" keyword in a .proto file, but they are different\n// from API Services, which represent a concrete implementation of an interface\n// as opposed to simply a description of methods and bindings. They are also\n// sometimes simply referred to as "APIs" in other contexts, such as the name of\n// this message itself. See https://cloud.google.com/apis/design/glossary for\n// detailed terminology.\n//\n// New usages of this message as an alternative to ServiceDescriptorProto are\n// strongly discouraged. This message does not reliability preserve all\n// information necessary to model the schema and preserve semantics. Instead\n// make use of FileDescriptorSet which preserves the necessary information.\nmessage Api {\n  // The fully qualified name of this interface, including package name\n  // followed by the interface\'s simple name.\n  string name = 1;\n\n  // The methods of this interface, in unspecified order.\n  repeated Method methods = 2;\n\n  // Any metadata attached to the interface.\n  repeated Option options = 3;\n\n  // A version string for this interface. If specified, must have the form\n  // `major-version.minor-version`, as in `1.10`. If the minor version is\n  // omitted, it defaults to zero. If the entire version field is empty, the\n  // major version is derived from the package name, as outlined below. If the\n  // field is not empty, the version in the package name will be verified to be\n  // consistent with what is provided here.\n  //\n  // The versioning schema uses [semantic\n  // versioning](http://semver.org) where the major version number\n  // indicates a breaking change and the minor version an additive,\n  // non-breaking change. Both version numbers are signals to users\n  // what to expect from different versions, and should be carefully\n  // chosen based on the product plan.\n  //\n  // The major version is also reflected in the package name of the\n  // interface, which must end in `v<major-version>`, as in\n  // `google.feature.v1`. For major versions 0 and 1, the suffix can\n  // be omitted. Zero major versions must only be used for\n  // experimental, non-GA interfaces.\n  //\n  string version = 4;\n\n  // Source context for the protocol buffer service represented by this\n  // message.\n  SourceContext source_context = 5;\n\n  // Included interfaces. See [Mixin][].\n  repeated Mixin mixins = 6;\n\n  // The source syntax of the service.\n  Syntax syntax = 7;\n\n  // The source edition string, only valid when syntax is SYNTAX_EDITIONS.\n  string edition = 8;\n}\n\n// Method represents a method of an API interface.\n//\n// New usages of this message as an alternative to MethodDescriptorProto are\n// strongly discouraged. This message does not reliability preserve all\n// information necessary to model the schema and preserve semantics. Instead\n// make use of FileDescriptorSet which preserves the necessary information.\nmessage Method {\n  // The simple name of this method.\n  string name = 1;\n\n  // A URL of the input message type.\n  string request_type_url = 2;\n\n  // If true, the request is streamed.\n  bool request_streaming = 3;\n\n  // The URL of the output message type.\n  string response_type_url = 4;\n\n  // If true, the response is streamed.\n  bool response_streaming = 5;\n\n  // Any metadata attached to the method.\n  repeated Option options = 6;\n\n  // The source syntax of this method.\n  //\n  // This field should be ignored, instead the syntax should be inherited from\n  // Api. This is similar to Field and EnumValue.\n  Syntax syntax = 7 [deprecated = true];\n\n  // The source edition string, only valid when syntax is SYNTAX_EDITIONS.\n  //\n  // This field should be ignored, instead the edition should be inherited from\n  // Api. This is similar to Field and EnumValue.\n  string edition = 8 [deprecated = true];\n}\n\n// Declares an API Interface to be included in this interface. The including\n// interface must redeclare all the methods from the included interface, but\n// documentation and options are inherited as follows:\n//\n// - If after comment and whitespace stripping, the documentation\n//   string of the redeclared method is empty, it will be inherited\n//   from the original method.\n//\n// - Each annotation belonging to the service config (http,\n//   visibility) which is not set in the redeclared method will be\n//   inherited.\n//\n// - If an http annotation is inherited, the path pattern will be\n//   modified as follows. Any version prefix will be replaced by the\n//   version of the including interface plus the [root][] path if\n//   specified.\n//\n// Example of a simple mixin:\n//\n//     package google.acl.v1;\n//     service AccessControl {\n//       // Get the underlying ACL object.\n//       rpc GetAcl(GetAclRequest) returns (Acl) {\n//         option (google.api.http).get = "/v1/{resource=**}:getAcl";\n//       }\n//     }\n//\n//     package google.storage.v2;\n//     service Storage {\n//       rpc GetAcl(GetAclRequest) returns (Acl);\n//\n//       // Get a data record.\n//       rpc GetData(GetDataRequest) returns (Data) {\n//         option (google.api.http).get = "/v2/{resource=**}";\n//       }\n//     }\n//\n// Example of a mixin configuration:\n//\n//     apis:\n//     - name: google.storage.v2.Storage\n//       mixins:\n//       - name: google.acl.v1.AccessControl\n//\n// The mixin construct implies that all methods in `AccessControl` are\n// also declared with same name and request/response types in\n// `Storage`. A documentation generator or annotation processor will\n// see the effective `Storage.GetAcl` method after inheriting\n// documentation and annotations as follows:\n//\n//     service Storage {\n//       // Get the underlying ACL object.\n//       rpc GetAcl(GetAclRequest) returns (Acl) {\n//         option (google.api.http).get = "/v2/{resource=**}:getAcl";\n//       }\n//       ...\n//     }\n//\n// Note how the version in the path pattern changed from `v1` to `v2`.\n//\n// If the `root` field in the mixin is specified, it should be a\n// relative path under which inherited HTTP paths are placed. Example:\n//\n//     apis:\n//     - name: google.storage.v2.Storage\n//       mixins:\n//       - name: google.acl.v1.AccessControl\n//         root: acls\n//\n// This implies the following inherited HTTP annotation:\n//\n//     service Storage {\n//       // Get the underlying ACL object.\n//       rpc GetAcl(GetAclRequest) returns (Acl) {\n//         option (google.api.http).get = "/v2/acls/{resource=**}:getAcl";\n//       }\n//       ...\n//     }\nmessage Mixin {\n  // The fully qualified name of the interface which is included.\n  string name = 1;\n\n  // If non-empty specifies a path under which inherited HTTP paths\n  // are rooted.\n  string root = 2;\n}\n', "google/protobuf/compiler/plugin.proto": `// Protocol Buffers - Google's data interchange format
// Copyright 2008 Google Inc.  All rights reserved.
//
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file or at
// https://developers.google.com/open-source/licenses/bsd

// Author: kenton@google.com (Kenton Varda)
//
// protoc (aka the Protocol Compiler) can be extended via plugins.  A plugin is
// just a program that reads a CodeGeneratorRequest from stdin and writes a
// CodeGeneratorResponse to stdout.
//
// Plugins written using C++ can use google/protobuf/compiler/plugin.h instead
// of dealing with the raw protocol defined here.
//
// A plugin executable needs only to be placed somewhere in the path.  The
// plugin should be named "protoc-gen-$NAME", and will then be used when the
// flag "--\${NAME}_out" is passed to protoc.

syntax = "proto2";

package google.protobuf.compiler;
option java_package = "com.google.protobuf.compiler";
option java_outer_classname = "PluginProtos";

import "google/protobuf/descriptor.proto";

option csharp_namespace = "Google.Protobuf.Compiler";
option go_package = "google.golang.org/protobuf/types/pluginpb";

// The version number of protocol compiler.
message Version {
  optional int32 major = 1;
  optional int32 minor = 2;
  optional int32 patch = 3;
  // A suffix for alpha, beta or rc release, e.g., "alpha-1", "rc2". It should
  // be empty for mainline stable releases.
  optional string suffix = 4;
}

// An encoded CodeGeneratorRequest is written to the plugin's stdin.
message CodeGeneratorRequest {
  // The .proto files that were explicitly listed on the command-line.  The
  // code generator should generate code only for these files.  Each file's
  // descriptor will be included in proto_file, below.
  repeated string file_to_generate = 1;

  // The generator parameter passed on the command-line.
  optional string parameter = 2;

  // FileDescriptorProtos for all files in files_to_generate and everything
  // they import.  The files will appear in topological order, so each file
  // appears before any file that imports it.
  //
  // Note: the files listed in files_to_generate will include runtime-retention
  // options only, but all other files will include source-retention options.
  // The source_file_descriptors field below is available in case you need
  // source-retention options for files_to_generate.
  //
  // protoc guarantees that all proto_files will be written after
  // the fields above, even though this is not technically guaranteed by the
  // protobuf wire format.  This theoretically could allow a plugin to stream
  // in the FileDescriptorProtos and handle them one by one rather than read
  // the entire set into memory at once.  However, as of this writing, this
  // is not similarly optimized on protoc's end -- it will store all fields in
  // memory at once before sending them to the plugin.
  //
  // Type names of fields and extensions in the FileDescriptorProto are always
  // fully qualified.
  repeated FileDescriptorProto proto_file = 15;

  // File descriptors with all options, including source-retention options.
  // These descriptors are only provided for the files listed in
  // files_to_generate.
  repeated FileDescriptorProto source_file_descriptors = 17;

  // The version number of protocol compiler.
  optional Version compiler_version = 3;
}

// The plugin writes an encoded CodeGeneratorResponse to stdout.
message CodeGeneratorResponse {
  // Error message.  If non-empty, code generation failed.  The plugin process
  // should exit with status code zero even if it reports an error in this way.
  //
  // This should be used to indicate errors in .proto files which prevent the
  // code generator from generating correct code.  Errors which indicate a
  // problem in protoc itself -- such as the input CodeGeneratorRequest being
  // unparseable -- should be reported by writing a message to stderr and
  // exiting with a non-zero status code.
  optional string error = 1;

  // A bitmask of supported features that the code generator supports.
  // This is a bitwise "or" of values from the Feature enum.
  optional uint64 supported_features = 2;

  // Sync with code_generator.h.
  enum Feature {
    FEATURE_NONE = 0;
    FEATURE_PROTO3_OPTIONAL = 1;
    FEATURE_SUPPORTS_EDITIONS = 2;
  }

  // The minimum edition this plugin supports.  This will be treated as an
  // Edition enum, but we want to allow unknown values.  It should be specified
  // according the edition enum value, *not* the edition number.  Only takes
  // effect for plugins that have FEATURE_SUPPORTS_EDITIONS set.
  optional int32 minimum_edition = 3;

  // The maximum edition this plugin supports.  This will be treated as an
  // Edition enum, but we want to allow unknown values.  It should be specified
  // according the edition enum value, *not* the edition number.  Only takes
  // effect for plugins that have FEATURE_SUPPORTS_EDITIONS set.
  optional int32 maximum_edition = 4;

  // Represents a single generated file.
  message File {
    // The file name, relative to the output directory.  The name must not
    // contain "." or ".." components and must be relative, not be absolute (so,
    // the file cannot lie outside the output directory).  "/" must be used as
    // the path separator, not "\\".
    //
    // If the name is omitted, the content will be appended to the previous
    // file.  This allows the generator to break large files into small chunks,
    // and allows the generated text to be streamed back to protoc so that large
    // files need not reside completely in memory at one time.  Note that as of
    // this writing protoc does not optimize for this -- it will read the entire
    // CodeGeneratorResponse before writing files to disk.
    optional string name = 1;

    // If non-empty, indicates that the named file should already exist, and the
    // content here is to be inserted into that file at a defined insertion
    // point.  This feature allows a code generator to extend the output
    // produced by another code generator.  The original generator may provide
    // insertion points by placing special annotations in the file that look
    // like:
    //   @@protoc_insertion_point(NAME)
    // The annotation can have arbitrary text before and after it on the line,
    // which allows it to be placed in a comment.  NAME should be replaced with
    // an identifier naming the point -- this is what other generators will use
    // as the insertion_point.  Code inserted at this point will be placed
    // immediately above the line containing the insertion point (thus multiple
    // insertions to the same point will come out in the order they were added).
    // The double-@ is intended to make it unlikely that the generated code
    // could contain things that look like insertion points by accident.
    //
    // For example, the C++ code generator places the following line in the
    // .pb.h files that it generates:
    //   // @@protoc_insertion_point(namespace_scope)
    // This line appears within the scope of the file's package namespace, but
    // outside of any particular class.  Another plugin can then specify the
    // insertion_point "namespace_scope" to generate additional classes or
    // other declarations that should be placed in this scope.
    //
    // Note that if the line containing the insertion point begins with
    // whitespace, the same whitespace will be added to every line of the
    // inserted text.  This is useful for languages like Python, where
    // indentation matters.  In these languages, the insertion point comment
    // should be indented the same amount as any inserted code will need to be
    // in order to work correctly in that context.
    //
    // The code generator that generates the initial file and the one which
    // inserts into it must both run as part of a single invocation of protoc.
    // Code generators are executed in the order in which they appear on the
    // command line.
    //
    // If |insertion_point| is present, |name| must also be present.
    optional string insertion_point = 2;

    // The file contents.
    optional string content = 15;

    // Information describing the file content being inserted. If an insertion
    // point is used, this information will be appropriately offset and inserted
    // into the code generation metadata for the generated files.
    optional GeneratedCodeInfo generated_code_info = 16;
  }
  repeated File file = 15;
}
`, "google/protobuf/cpp_features.proto": `// Protocol Buffers - Google's data interchange format
// Copyright 2023 Google LLC.  All rights reserved.
//
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file or at
// https://developers.google.com/open-source/licenses/bsd

syntax = "proto2";

package pb;

import "google/protobuf/descriptor.proto";

extend google.protobuf.FeatureSet {
  optional CppFeatures cpp = 1000;
}

message CppFeatures {
  // Whether or not to treat an enum field as closed.  This option is only
  // applicable to enum fields, and will be removed in the future.  It is
  // consistent with the legacy behavior of using proto3 enum types for proto2
  // fields.
  optional bool legacy_closed_enum = 1 [
    retention = RETENTION_RUNTIME,
    targets = TARGET_TYPE_FIELD,
    targets = TARGET_TYPE_FILE,
    feature_support = {
      edition_introduced: EDITION_2023,
      edition_deprecated: EDITION_2023,
      deprecation_warning: "The legacy closed enum behavior in C++ is "
                           "deprecated and is scheduled to be removed in "
                           "edition 2025.  See http://protobuf.dev/programming-guides/enum/#cpp for "
                           "more information",
    },
    edition_defaults = { edition: EDITION_LEGACY, value: "true" },
    edition_defaults = { edition: EDITION_PROTO3, value: "false" }
  ];

  enum StringType {
    STRING_TYPE_UNKNOWN = 0;
    VIEW = 1;
    CORD = 2;
    STRING = 3;
  }

  optional StringType string_type = 2 [
    retention = RETENTION_RUNTIME,
    targets = TARGET_TYPE_FIELD,
    targets = TARGET_TYPE_FILE,
    feature_support = {
      edition_introduced: EDITION_2023,
    },
    edition_defaults = { edition: EDITION_LEGACY, value: "STRING" },
    edition_defaults = { edition: EDITION_2024, value: "VIEW" }
  ];

  optional bool enum_name_uses_string_view = 3 [
    retention = RETENTION_RUNTIME,
    targets = TARGET_TYPE_ENUM,
    targets = TARGET_TYPE_FILE,
    feature_support = {
      edition_introduced: EDITION_2024,
    },
    edition_defaults = { edition: EDITION_LEGACY, value: "false" },
    edition_defaults = { edition: EDITION_2024, value: "true" }
  ];

  enum RepeatedType {
    REPEATED_TYPE_UNKNOWN = 0;
    // The repeated field will be backed by proto2::Repeated(Ptr)Field, and
    // accessors will return a reference/pointer to this type.
    LEGACY = 1;
    // The repeated field has an opaque backing type, and accessors will return
    // a RepeatedFieldProxy.
    PROXY = 2;
  }

  optional RepeatedType repeated_type = 4 [
    retention = RETENTION_RUNTIME,
    targets = TARGET_TYPE_FIELD,
    targets = TARGET_TYPE_FILE,
    feature_support = {
      edition_introduced: EDITION_UNSTABLE,
    },
    edition_defaults = { edition: EDITION_LEGACY, value: "LEGACY" }
  ];
}
`, "google/protobuf/descriptor.proto": `// Protocol Buffers - Google's data interchange format
// Copyright 2008 Google LLC.  All rights reserved.
//
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file or at
// https://developers.google.com/open-source/licenses/bsd

// Author: kenton@google.com (Kenton Varda)
//  Based on original Protocol Buffers design by
//  Sanjay Ghemawat, Jeff Dean, and others.
//
// The messages in this file describe the definitions found in .proto files.
// A valid .proto file can be translated directly to a FileDescriptorProto
// without any other information (e.g. without reading its imports).

syntax = "proto2";

package google.protobuf;

option go_package = "google.golang.org/protobuf/types/descriptorpb";
option java_package = "com.google.protobuf";
option java_outer_classname = "DescriptorProtos";
option csharp_namespace = "Google.Protobuf.Reflection";
option objc_class_prefix = "GPB";
option cc_enable_arenas = true;

// descriptor.proto must be optimized for speed because reflection-based
// algorithms don't work during bootstrapping.
option optimize_for = SPEED;

// The protocol compiler can output a FileDescriptorSet containing the .proto
// files it parses.
message FileDescriptorSet {
  repeated FileDescriptorProto file = 1;

  // Extensions for tooling.
  extensions 536000000 [declaration = {
    number: 536000000
    type: ".buf.descriptor.v1.FileDescriptorSetExtension"
    full_name: ".buf.descriptor.v1.buf_file_descriptor_set_extension"
  }];
}

// The full set of known editions.
enum Edition {
  // A placeholder for an unknown edition value.
  EDITION_UNKNOWN = 0;

  // A placeholder edition for specifying default behaviors *before* a feature
  // was first introduced.  This is effectively an "infinite past".
  EDITION_LEGACY = 900;

  // Legacy syntax "editions".  These pre-date editions, but behave much like
  // distinct editions.  These can't be used to specify the edition of proto
  // files, but feature definitions must supply proto2/proto3 defaults for
  // backwards compatibility.
  EDITION_PROTO2 = 998;
  EDITION_PROTO3 = 999;

  // Editions that have been released.  The specific values are arbitrary and
  // should not be depended on, but they will always be time-ordered for easy
  // comparison.
  EDITION_2023 = 1000;
  EDITION_2024 = 1001;
  EDITION_2026 = 1002;

  // A placeholder edition for developing and testing unscheduled features.
  EDITION_UNSTABLE = 9999;

  // Placeholder editions for testing feature resolution.  These should not be
  // used or relied on outside of tests.
  EDITION_1_TEST_ONLY = 1;
  EDITION_2_TEST_ONLY = 2;
  EDITION_99997_TEST_ONLY = 99997;
  EDITION_99998_TEST_ONLY = 99998;
  EDITION_99999_TEST_ONLY = 99999;

  // Placeholder for specifying unbounded edition support.  This should only
  // ever be used by plugins that can expect to never require any changes to
  // support a new edition.
  EDITION_MAX = 0x7FFFFFFF;
}

// Describes a complete .proto file.
message FileDescriptorProto {
  optional string name = 1;     // file name, relative to root of source tree
  optional string package = 2;  // e.g. "foo", "foo.bar", etc.

  // Names of files imported by this file.
  repeated string dependency = 3;
  // Indexes of the public imported files in the dependency list above.
  repeated int32 public_dependency = 10;
  // Indexes of the weak imported files in the dependency list.
  // For Google-internal migration only. Do not use.
  repeated int32 weak_dependency = 11;

  // Names of files imported by this file purely for the purpose of providing
  // option extensions. These are excluded from the dependency list above.
  repeated string option_dependency = 15;

  // All top-level definitions in this file.
  repeated DescriptorProto message_type = 4;
  repeated EnumDescriptorProto enum_type = 5;
  repeated ServiceDescriptorProto service = 6;
  repeated FieldDescriptorProto extension = 7;

  optional FileOptions options = 8;

  // This field contains optional information about the original source code.
  // You may safely remove this entire field without harming runtime
  // functionality of the descriptors -- the information is needed only by
  // development tools.
  optional SourceCodeInfo source_code_info = 9;

  // The syntax of the proto file.
  // The supported values are "proto2", "proto3", and "editions".
  //
  // If \`edition\` is present, this value must be "editions".
  // WARNING: This field should only be used by protobuf plugins or special
  // cases like the proto compiler. Other uses are discouraged and
  // developers should rely on the protoreflect APIs for their client language.
  optional string syntax = 12;

  // The edition of the proto file.
  // WARNING: This field should only be used by protobuf plugins or special
  // cases like the proto compiler. Other uses are discouraged and
  // developers should rely on the protoreflect APIs for their client language.
  optional Edition edition = 14;
}

// Describes a message type.
message DescriptorProto {
  optional string name = 1;

  repeated FieldDescriptorProto field = 2;
  repeated FieldDescriptorProto extension = 6;

  repeated DescriptorProto nested_type = 3;
  repeated EnumDescriptorProto enum_type = 4;

  message ExtensionRange {
    optional int32 start = 1;  // Inclusive.
    optional int32 end = 2;    // Exclusive.

    optional ExtensionRangeOptions options = 3;
  }
  repeated ExtensionRange extension_range = 5;

  repeated OneofDescriptorProto oneof_decl = 8;

  optional MessageOptions options = 7;

  // Range of reserved tag numbers. Reserved tag numbers may not be used by
  // fields or extension ranges in the same message. Reserved ranges may
  // not overlap.
  message ReservedRange {
    optional int32 start = 1;  // Inclusive.
    optional int32 end = 2;    // Exclusive.
  }
  repeated ReservedRange reserved_range = 9;
  // Reserved field names, which may not be used by fields in the same message.
  // A given name may only be reserved once.
  repeated string reserved_name = 10;

  // Support for \`export\` and \`local\` keywords on enums.
  optional SymbolVisibility visibility = 11;
}

message ExtensionRangeOptions {
  // Range reserved for first-class custom options defined by the Protobuf
  // team. User custom options must use the 1000+ range instead.
  extensions 990 to 998;
  // The parser stores options it doesn't recognize here. See above.
  repeated UninterpretedOption uninterpreted_option = 999;

  message Declaration {
    // The extension number declared within the extension range.
    optional int32 number = 1;

    // The fully-qualified name of the extension field. There must be a leading
    // dot in front of the full name.
    optional string full_name = 2;

    // The fully-qualified type name of the extension field. Unlike
    // Metadata.type, Declaration.type must have a leading dot for messages
    // and enums.
    optional string type = 3;

    // If true, indicates that the number is reserved in the extension range,
    // and any extension field with the number will fail to compile. Set this
    // when a declared extension field is deleted.
    optional bool reserved = 5;

    // If true, indicates that the extension must be defined as repeated.
    // Otherwise the extension must be defined as optional.
    optional bool repeated = 6;

    reserved 4;  // removed is_repeated
  }

  // For external users: DO NOT USE. We are in the process of open sourcing
  // extension declaration and executing internal cleanups before it can be
  // used externally.
  repeated Declaration declaration = 2 [retention = RETENTION_SOURCE];

  // Any features defined in the specific edition.
  optional FeatureSet features = 50;

  // The verification state of the extension range.
  enum VerificationState {
    // All the extensions of the range must be declared.
    DECLARATION = 0;
    UNVERIFIED = 1;
  }

  // The verification state of the range.
  // TODO: flip the default to DECLARATION once all empty ranges
  // are marked as UNVERIFIED.
  optional VerificationState verification = 3
      [default = UNVERIFIED, retention = RETENTION_SOURCE];

  // Clients can define custom options in extensions of this message. See above.
  extensions 1000 to max;
}

// Describes a field within a message.
message FieldDescriptorProto {
  enum Type {
    // 0 is reserved for errors.
    // Order is weird for historical reasons.
    TYPE_DOUBLE = 1;
    TYPE_FLOAT = 2;
    // Not ZigZag encoded.  Negative numbers take 10 bytes.  Use TYPE_SINT64 if
    // negative values are likely.
    TYPE_INT64 = 3;
    TYPE_UINT64 = 4;
    // Not ZigZag encoded.  Negative numbers take 10 bytes.  Use TYPE_SINT32 if
    // negative values are likely.
    TYPE_INT32 = 5;
    TYPE_FIXED64 = 6;
    TYPE_FIXED32 = 7;
    TYPE_BOOL = 8;
    TYPE_STRING = 9;
    // Tag-delimited aggregate.
    // Group type is deprecated and not supported after google.protobuf. However, Proto3
    // implementations should still be able to parse the group wire format and
    // treat group fields as unknown fields.  In Editions, the group wire format
    // can be enabled via the \`message_encoding\` feature.
    TYPE_GROUP = 10;
    TYPE_MESSAGE = 11;  // Length-delimited aggregate.

    // New in version 2.
    TYPE_BYTES = 12;
    TYPE_UINT32 = 13;
    TYPE_ENUM = 14;
    TYPE_SFIXED32 = 15;
    TYPE_SFIXED64 = 16;
    TYPE_SINT32 = 17;  // Uses ZigZag encoding.
    TYPE_SINT64 = 18;  // Uses ZigZag encoding.
  }

  enum Label {
    // 0 is reserved for errors
    LABEL_OPTIONAL = 1;
    LABEL_REPEATED = 3;
    // The required label is only allowed in google.protobuf.  In proto3 and Editions
    // it's explicitly prohibited.  In Editions, the \`field_presence\` feature
    // can be used to get this behavior.
    LABEL_REQUIRED = 2;
  }

  optional string name = 1;
  optional int32 number = 3;
  optional Label label = 4;

  // If type_name is set, this need not be set.  If both this and type_name
  // are set, this must be one of TYPE_ENUM, TYPE_MESSAGE or TYPE_GROUP.
  optional Type type = 5;

  // For message and enum types, this is the name of the type.  If the name
  // starts with a '.', it is fully-qualified.  Otherwise, C++-like scoping
  // rules are used to find the type (i.e. first the nested types within this
  // message are searched, then within the parent, on up to the root
  // namespace).
  optional string type_name = 6;

  // For extensions, this is the name of the type being extended.  It is
  // resolved in the same manner as type_name.
  optional string extendee = 2;

  // For numeric types, contains the original text representation of the value.
  // For booleans, "true" or "false".
  // For strings, contains the default text contents (not escaped in any way).
  // For bytes, contains the C escaped value.  All bytes >= 128 are escaped.
  optional string default_value = 7;

  // If set, gives the index of a oneof in the containing type's oneof_decl
  // list.  This field is a member of that oneof.
  optional int32 oneof_index = 9;

  // JSON name of this field. The value is set by protocol compiler. If the
  // user has set a "json_name" option on this field, that option's value
  // will be used. Otherwise, it's deduced from the field's name by converting
  // it to camelCase.
  optional string json_name = 10;

  optional FieldOptions options = 8;

  // If true, this is a proto3 "optional". When a proto3 field is optional, it
  // tracks presence regardless of field type.
  //
  // When proto3_optional is true, this field must belong to a oneof to signal
  // to old proto3 clients that presence is tracked for this field. This oneof
  // is known as a "synthetic" oneof, and this field must be its sole member
  // (each proto3 optional field gets its own synthetic oneof). Synthetic oneofs
  // exist in the descriptor only, and do not generate any API. Synthetic oneofs
  // must be ordered after all "real" oneofs.
  //
  // For message fields, proto3_optional doesn't create any semantic change,
  // since non-repeated message fields always track presence. However it still
  // indicates the semantic detail of whether the user wrote "optional" or not.
  // This can be useful for round-tripping the .proto file. For consistency we
  // give message fields a synthetic oneof also, even though it is not required
  // to track presence. This is especially important because the parser can't
  // tell if a field is a message or an enum, so it must always create a
  // synthetic oneof.
  //
  // Proto2 optional fields do not set this flag, because they already indicate
  // optional with \`LABEL_OPTIONAL\`.
  optional bool proto3_optional = 17;
}

// Describes a oneof.
message OneofDescriptorProto {
  optional string name = 1;
  optional OneofOptions options = 2;
}

// Describes an enum type.
message EnumDescriptorProto {
  optional string name = 1;

  repeated EnumValueDescriptorProto value = 2;

  optional EnumOptions options = 3;

  // Range of reserved numeric values. Reserved values may not be used by
  // entries in the same enum. Reserved ranges may not overlap.
  //
  // Note that this is distinct from DescriptorProto.ReservedRange in that it
  // is inclusive such that it can appropriately represent the entire int32
  // domain.
  message EnumReservedRange {
    optional int32 start = 1;  // Inclusive.
    optional int32 end = 2;    // Inclusive.
  }

  // Range of reserved numeric values. Reserved numeric values may not be used
  // by enum values in the same enum declaration. Reserved ranges may not
  // overlap.
  repeated EnumReservedRange reserved_range = 4;

  // Reserved enum value names, which may not be reused. A given name may only
  // be reserved once.
  repeated string reserved_name = 5;

  // Support for \`export\` and \`local\` keywords on enums.
  optional SymbolVisibility visibility = 6;
}

// Describes a value within an enum.
message EnumValueDescriptorProto {
  optional string name = 1;
  optional int32 number = 2;

  optional EnumValueOptions options = 3;
}

// Describes a service.
message ServiceDescriptorProto {
  optional string name = 1;
  repeated MethodDescriptorProto method = 2;

  optional ServiceOptions options = 3;

  reserved 4;
  reserved "stream";
}

// Describes a method of a service.
message MethodDescriptorProto {
  optional string name = 1;

  // Input and output type names.  These are resolved in the same way as
  // FieldDescriptorProto.type_name, but must refer to a message type.
  optional string input_type = 2;
  optional string output_type = 3;

  optional MethodOptions options = 4;

  // Identifies if client streams multiple client messages
  optional bool client_streaming = 5 [default = false];
  // Identifies if server streams multiple server messages
  optional bool server_streaming = 6 [default = false];
}

// ===================================================================
// Options

// Each of the definitions above may have "options" attached.  These are
// just annotations which may cause code to be generated slightly differently
// or may contain hints for code that manipulates protocol messages.
//
// Clients may define custom options as extensions of the *Options messages.
// These extensions may not yet be known at parsing time, so the parser cannot
// store the values in them.  Instead it stores them in a field in the *Options
// message called uninterpreted_option. This field must have the same name
// across all *Options messages. We then use this field to populate the
// extensions when we build a descriptor, at which point all protos have been
// parsed and so all extensions are known.
//
// Extension numbers for custom options may be chosen as follows:
// * For options which will only be used within a single application or
//   organization, or for experimental options, use field numbers 50000
//   through 99999.  It is up to you to ensure that you do not use the
//   same number for multiple options.
// * For options which will be published and used publicly by multiple
//   independent entities, e-mail protobuf-global-extension-registry@google.com
//   to reserve extension numbers. Simply provide your project name (e.g.
//   Objective-C plugin) and your project website (if available) -- there's no
//   need to explain how you intend to use them. Usually you only need one
//   extension number. You can declare multiple options with only one extension
//   number by putting them in a sub-message. See the Custom Options section of
//   the docs for examples:
//   https://developers.google.com/protocol-buffers/docs/proto#options
//   If this turns out to be popular, a web service will be set up
//   to automatically assign option numbers.

message FileOptions {

  // Sets the Java package where classes generated from this .proto will be
  // placed.  By default, the proto package is used, but this is often
  // inappropriate because proto packages do not normally start with backwards
  // domain names.
  optional string java_package = 1;

  // Controls the name of the wrapper Java class generated for the .proto file.
  // That class will always contain the .proto file's getDescriptor() method as
  // well as any top-level extensions defined in the .proto file.
  // If java_multiple_files is disabled, then all the other classes from the
  // .proto file will be nested inside the single wrapper outer class.
  optional string java_outer_classname = 8;

  // If enabled, then the Java code generator will generate a separate .java
  // file for each top-level message, enum, and service defined in the .proto
  // file.  Thus, these types will *not* be nested inside the wrapper class
  // named by java_outer_classname.  However, the wrapper class will still be
  // generated to contain the file's getDescriptor() method as well as any
  // top-level extensions defined in the file.
  optional bool java_multiple_files = 10 [
    default = false,
    feature_support = {
      edition_introduced: EDITION_PROTO2
      edition_removed: EDITION_2024
      removal_error: "This behavior is enabled by default in editions 2024 and above. "
                     "To disable it, you can set \`features.(pb.java).nest_in_file_class = YES\` "
                     "on individual messages, enums, or services."

    }
  ];

  // This option does nothing.
  optional bool java_generate_equals_and_hash = 20 [deprecated=true];

  // A proto2 file can set this to true to opt in to UTF-8 checking for Java,
  // which will throw an exception if invalid UTF-8 is parsed from the wire or
  // assigned to a string field.
  //
  // TODO: clarify exactly what kinds of field types this option
  // applies to, and update these docs accordingly.
  //
  // Proto3 files already perform these checks. Setting the option explicitly to
  // false has no effect: it cannot be used to opt proto3 files out of UTF-8
  // checks.
  optional bool java_string_check_utf8 = 27 [default = false];

  // Generated classes can be optimized for speed or code size.
  enum OptimizeMode {
    SPEED = 1;         // Generate complete code for parsing, serialization,
                       // etc.
    CODE_SIZE = 2;     // Use ReflectionOps to implement these methods.
    LITE_RUNTIME = 3;  // Generate code using MessageLite and the lite runtime.
  }
  optional OptimizeMode optimize_for = 9 [default = SPEED];

  // Sets the Go package where structs generated from this .proto will be
  // placed. If omitted, the Go package will be derived from the following:
  //   - The basename of the package import path, if provided.
  //   - Otherwise, the package statement in the .proto file, if present.
  //   - Otherwise, the basename of the .proto file, without extension.
  optional string go_package = 11;

  // Should generic services be generated in each language?  "Generic" services
  // are not specific to any particular RPC system.  They are generated by the
  // main code generators in each language (without additional plugins).
  // Generic services were the only kind of service generation supported by
  // early versions of google.protobuf.
  //
  // Generic services are now considered deprecated in favor of using plugins
  // that generate code specific to your particular RPC system.  Therefore,
  // these default to false.  Old code which depends on generic services should
  // explicitly set them to true.
  optional bool cc_generic_services = 16 [default = false];
  optional bool java_generic_services = 17 [default = false];
  optional bool py_generic_services = 18 [default = false];
  reserved 42;  // removed php_generic_services
  reserved "php_generic_services";

  // Is this file deprecated?
  // Depending on the target platform, this can emit Deprecated annotations
  // for everything in the file, or it will be completely ignored; in the very
  // least, this is a formalization for deprecating files.
  optional bool deprecated = 23 [default = false];

  // Enables the use of arenas for the proto messages in this file. This applies
  // only to generated classes for C++.
  optional bool cc_enable_arenas = 31 [
    default = true,
    feature_support = {
      edition_removed: EDITION_2026
      removal_error: "cc_enable_arenas is enabled by default in every edition and overrides are ignored."
                     "This option is removed in editions 2026 and above."
    }
  ];

  // Sets the objective c class prefix which is prepended to all objective c
  // generated classes from this .proto. There is no default.
  optional string objc_class_prefix = 36;

  // Namespace for generated classes; defaults to the package.
  optional string csharp_namespace = 37;

  // By default Swift generators will take the proto package and CamelCase it
  // replacing '.' with underscore and use that to prefix the types/symbols
  // defined. When this options is provided, they will use this value instead
  // to prefix the types/symbols defined.
  optional string swift_prefix = 39;

  // Sets the php class prefix which is prepended to all php generated classes
  // from this .proto. Default is empty.
  optional string php_class_prefix = 40;

  // Use this option to change the namespace of php generated classes. Default
  // is empty. When this option is empty, the package name will be used for
  // determining the namespace.
  optional string php_namespace = 41;

  // Use this option to change the namespace of php generated metadata classes.
  // Default is empty. When this option is empty, the proto file name will be
  // used for determining the namespace.
  optional string php_metadata_namespace = 44;

  // Use this option to change the package of ruby generated classes. Default
  // is empty. When this option is not set, the package name will be used for
  // determining the ruby package.
  optional string ruby_package = 45;

  // Any features defined in the specific edition.
  // WARNING: This field should only be used by protobuf plugins or special
  // cases like the proto compiler. Other uses are discouraged and
  // developers should rely on the protoreflect APIs for their client language.
  optional FeatureSet features = 50;

  // Range reserved for first-class custom options defined by the Protobuf
  // team. User custom options must use the 1000+ range instead.
  extensions 990 to 998 [declaration = {
    number: 990,
    full_name: ".pb.file.cpp",
    type: ".pb.file.CppFileOptions"
  }];

  // The parser stores options it doesn't recognize here.
  // See the documentation for the "Options" section above.
  repeated UninterpretedOption uninterpreted_option = 999;

  // Clients can define custom options in extensions of this message.
  // See the documentation for the "Options" section above.
  extensions 1000 to max;

  reserved 38;
}

message MessageOptions {
  // Set true to use the old proto1 MessageSet wire format for extensions.
  // This is provided for backwards-compatibility with the MessageSet wire
  // format.  You should not use this for any other reason:  It's less
  // efficient, has fewer features, and is more complicated.
  //
  // The message must be defined exactly as follows:
  //   message Foo {
  //     option message_set_wire_format = true;
  //     extensions 4 to max;
  //   }
  // Note that the message cannot have any defined fields; MessageSets only
  // have extensions.
  //
  // All extensions of your type must be singular messages; e.g. they cannot
  // be int32s, enums, or repeated messages.
  //
  // Because this is an option, the above two restrictions are not enforced by
  // the protocol compiler.
  optional bool message_set_wire_format = 1 [default = false];

  // Disables the generation of the standard "descriptor()" accessor, which can
  // conflict with a field of the same name.  This is meant to make migration
  // from proto1 easier; new code should avoid fields named "descriptor".
  optional bool no_standard_descriptor_accessor = 2 [default = false];

  // Is this message deprecated?
  // Depending on the target platform, this can emit Deprecated annotations
  // for the message, or it will be completely ignored; in the very least,
  // this is a formalization for deprecating messages.
  optional bool deprecated = 3 [default = false];

  reserved 4, 5, 6;

  // Whether the message is an automatically generated map entry type for the
  // maps field.
  //
  // For maps fields:
  //     map<KeyType, ValueType> map_field = 1;
  // The parsed descriptor looks like:
  //     message MapFieldEntry {
  //         option map_entry = true;
  //         optional KeyType key = 1;
  //         optional ValueType value = 2;
  //     }
  //     repeated MapFieldEntry map_field = 1;
  //
  // Implementations may choose not to generate the map_entry=true message, but
  // use a native map in the target language to hold the keys and values.
  // The reflection APIs in such implementations still need to work as
  // if the field is a repeated message field.
  //
  // NOTE: Do not set the option in .proto files. Always use the maps syntax
  // instead. The option should only be implicitly set by the proto compiler
  // parser.
  optional bool map_entry = 7;

  reserved 8;  // javalite_serializable
  reserved 9;  // javanano_as_lite

  // Enable the legacy handling of JSON field name conflicts.  This lowercases
  // and strips underscored from the fields before comparison in proto3 only.
  // The new behavior takes \`json_name\` into account and applies to proto2 as
  // well.
  //
  // This should only be used as a temporary measure against broken builds due
  // to the change in behavior for JSON field name conflicts.
  //
  // TODO This is legacy behavior we plan to remove once downstream
  // teams have had time to migrate.
  optional bool deprecated_legacy_json_field_conflicts = 11 [deprecated = true];

  // Any features defined in the specific edition.
  // WARNING: This field should only be used by protobuf plugins or special
  // cases like the proto compiler. Other uses are discouraged and
  // developers should rely on the protoreflect APIs for their client language.
  optional FeatureSet features = 12;

  // Range reserved for first-class custom options defined by the Protobuf
  // team. User custom options must use the 1000+ range instead.
  extensions 990 to 998;

  // The parser stores options it doesn't recognize here. See above.
  repeated UninterpretedOption uninterpreted_option = 999;

  // Clients can define custom options in extensions of this message. See above.
  extensions 1000 to max;
}

message FieldOptions {
  // NOTE: ctype is deprecated. Use \`features.(pb.cpp).string_type\` instead.
  // The ctype option instructs the C++ code generator to use a different
  // representation of the field than it normally would.  See the specific
  // options below.  This option is only implemented to support use of
  // [ctype=CORD] and [ctype=STRING] (the default) on non-repeated fields of
  // type "bytes" in the open source release.
  // TODO: make ctype actually deprecated.
  optional CType ctype = 1 [/*deprecated = true,*/ default = STRING];
  enum CType {
    // Default mode.
    STRING = 0;

    // The option [ctype=CORD] may be applied to a non-repeated field of type
    // "bytes". It indicates that in C++, the data should be stored in a Cord
    // instead of a string.  For very large strings, this may reduce memory
    // fragmentation. It may also allow better performance when parsing from a
    // Cord, or when parsing with aliasing enabled, as the parsed Cord may then
    // alias the original buffer.
    CORD = 1;

    STRING_PIECE = 2;
  }
  // The packed option can be enabled for repeated primitive fields to enable
  // a more efficient representation on the wire. Rather than repeatedly
  // writing the tag and type for each element, the entire array is encoded as
  // a single length-delimited blob. In proto3, only explicit setting it to
  // false will avoid using packed encoding.  This option is prohibited in
  // Editions, but the \`repeated_field_encoding\` feature can be used to control
  // the behavior.
  optional bool packed = 2;

  // The jstype option determines the JavaScript type used for values of the
  // field.  The option is permitted only for 64 bit integral and fixed types
  // (int64, uint64, sint64, fixed64, sfixed64).  A field with jstype JS_STRING
  // is represented as JavaScript string, which avoids loss of precision that
  // can happen when a large value is converted to a floating point JavaScript.
  // Specifying JS_NUMBER for the jstype causes the generated JavaScript code to
  // use the JavaScript "number" type.  The behavior of the default option
  // JS_NORMAL is implementation dependent.
  //
  // This option is an enum to permit additional types to be added, e.g.
  // goog.math.Integer.
  optional JSType jstype = 6 [default = JS_NORMAL];
  enum JSType {
    // Use the default type.
    JS_NORMAL = 0;

    // Use JavaScript strings.
    JS_STRING = 1;

    // Use JavaScript numbers.
    JS_NUMBER = 2;
  }

  // Should this field be parsed lazily?  Lazy applies only to message-type
  // fields.  It means that when the outer message is initially parsed, the
  // inner message's contents will not be parsed but instead stored in encoded
  // form.  The inner message will actually be parsed when it is first accessed.
  //
  // This is only a hint.  Implementations are free to choose whether to use
  // eager or lazy parsing regardless of the value of this option.  However,
  // setting this option true suggests that the protocol author believes that
  // using lazy parsing on this field is worth the additional bookkeeping
  // overhead typically needed to implement it.
  //
  // This option does not affect the public interface of any generated code;
  // all method signatures remain the same.  Furthermore, thread-safety of the
  // interface is not affected by this option; const methods remain safe to
  // call from multiple threads concurrently, while non-const methods continue
  // to require exclusive access.
  //
  // Note that lazy message fields are still eagerly verified to check
  // ill-formed wireformat or missing required fields. Calling IsInitialized()
  // on the outer message would fail if the inner message has missing required
  // fields. Failed verification would result in parsing failure (except when
  // uninitialized messages are acceptable).
  optional bool lazy = 5 [default = false];

  // unverified_lazy does no correctness checks on the byte stream. This should
  // only be used where lazy with verification is prohibitive for performance
  // reasons.
  optional bool unverified_lazy = 15 [default = false];

  // Is this field deprecated?
  // Depending on the target platform, this can emit Deprecated annotations
  // for accessors, or it will be completely ignored; in the very least, this
  // is a formalization for deprecating fields.
  optional bool deprecated = 3 [default = false];

  // DEPRECATED. DO NOT USE!
  // For Google-internal migration only. Do not use.
  optional bool weak = 10 [default = false, deprecated = true];

  // Indicate that the field value should not be printed out when using debug
  // formats, e.g. when the field contains sensitive credentials.
  optional bool debug_redact = 16 [default = false];

  // If set to RETENTION_SOURCE, the option will be omitted from the binary.
  enum OptionRetention {
    RETENTION_UNKNOWN = 0;
    RETENTION_RUNTIME = 1;
    RETENTION_SOURCE = 2;
  }

  optional OptionRetention retention = 17;

  // This indicates the types of entities that the field may apply to when used
  // as an option. If it is unset, then the field may be freely used as an
  // option on any kind of entity.
  enum OptionTargetType {
    TARGET_TYPE_UNKNOWN = 0;
    TARGET_TYPE_FILE = 1;
    TARGET_TYPE_EXTENSION_RANGE = 2;
    TARGET_TYPE_MESSAGE = 3;
    TARGET_TYPE_FIELD = 4;
    TARGET_TYPE_ONEOF = 5;
    TARGET_TYPE_ENUM = 6;
    TARGET_TYPE_ENUM_ENTRY = 7;
    TARGET_TYPE_SERVICE = 8;
    TARGET_TYPE_METHOD = 9;
  }

  repeated OptionTargetType targets = 19;

  message EditionDefault {
    optional Edition edition = 3;
    optional string value = 2;  // Textproto value.
  }
  repeated EditionDefault edition_defaults = 20;

  // Any features defined in the specific edition.
  // WARNING: This field should only be used by protobuf plugins or special
  // cases like the proto compiler. Other uses are discouraged and
  // developers should rely on the protoreflect APIs for their client language.
  optional FeatureSet features = 21;

  // Information about the support window of a feature.
  message FeatureSupport {
    // The edition that this feature was first available in.  In editions
    // earlier than this one, the default assigned to EDITION_LEGACY will be
    // used, and proto files will not be able to override it.
    optional Edition edition_introduced = 1;

    // The edition this feature becomes deprecated in.  Using this after this
    // edition may trigger warnings.
    optional Edition edition_deprecated = 2;

    // The deprecation warning text if this feature is used after the edition it
    // was marked deprecated in.
    optional string deprecation_warning = 3;

    // The edition this feature is no longer available in.  In editions after
    // this one, the last default assigned will be used, and proto files will
    // not be able to override it.
    optional Edition edition_removed = 4;

    // The removal error text if this feature is used after the edition it was
    // removed in.
    optional string removal_error = 5;
  }
  optional FeatureSupport feature_support = 22;

  // Range reserved for first-class custom options defined by the Protobuf
  // team. User custom options must use the 1000+ range instead.
  extensions 990 to 998;

  // The parser stores options it doesn't recognize here. See above.
  repeated UninterpretedOption uninterpreted_option = 999;

  // Clients can define custom options in extensions of this message. See above.
  extensions 1000 to max;

  reserved 4;   // removed jtype
  reserved 18;  // reserve target, target_obsolete_do_not_use
}

message OneofOptions {
  // Any features defined in the specific edition.
  // WARNING: This field should only be used by protobuf plugins or special
  // cases like the proto compiler. Other uses are discouraged and
  // developers should rely on the protoreflect APIs for their client language.
  optional FeatureSet features = 1;

  // Range reserved for first-class custom options defined by the Protobuf
  // team. User custom options must use the 1000+ range instead.
  extensions 990 to 998;

  // The parser stores options it doesn't recognize here. See above.
  repeated UninterpretedOption uninterpreted_option = 999;

  // Clients can define custom options in extensions of this message. See above.
  extensions 1000 to max;
}

message EnumOptions {

  // Set this option to true to allow mapping different tag names to the same
  // value.
  optional bool allow_alias = 2;

  // Is this enum deprecated?
  // Depending on the target platform, this can emit Deprecated annotations
  // for the enum, or it will be completely ignored; in the very least, this
  // is a formalization for deprecating enums.
  optional bool deprecated = 3 [default = false];

  reserved 5;  // javanano_as_lite

  // Enable the legacy handling of JSON field name conflicts.  This lowercases
  // and strips underscored from the fields before comparison in proto3 only.
  // The new behavior takes \`json_name\` into account and applies to proto2 as
  // well.
  // TODO Remove this legacy behavior once downstream teams have
  // had time to migrate.
  optional bool deprecated_legacy_json_field_conflicts = 6 [deprecated = true];

  // Any features defined in the specific edition.
  // WARNING: This field should only be used by protobuf plugins or special
  // cases like the proto compiler. Other uses are discouraged and
  // developers should rely on the protoreflect APIs for their client language.
  optional FeatureSet features = 7;

  // Range reserved for first-class custom options defined by the Protobuf
  // team. User custom options must use the 1000+ range instead.
  extensions 990 to 998;

  // The parser stores options it doesn't recognize here. See above.
  repeated UninterpretedOption uninterpreted_option = 999;

  // Clients can define custom options in extensions of this message. See above.
  extensions 1000 to max;
}

message EnumValueOptions {
  // Is this enum value deprecated?
  // Depending on the target platform, this can emit Deprecated annotations
  // for the enum value, or it will be completely ignored; in the very least,
  // this is a formalization for deprecating enum values.
  optional bool deprecated = 1 [default = false];

  // Any features defined in the specific edition.
  // WARNING: This field should only be used by protobuf plugins or special
  // cases like the proto compiler. Other uses are discouraged and
  // developers should rely on the protoreflect APIs for their client language.
  optional FeatureSet features = 2;

  // Indicate that fields annotated with this enum value should not be printed
  // out when using debug formats, e.g. when the field contains sensitive
  // credentials.
  optional bool debug_redact = 3 [default = false];

  // Information about the support window of a feature value.
  optional FieldOptions.FeatureSupport feature_support = 4;

  // Range reserved for first-class extension options defined by the Protobuf
  // team. Custom options must use the 1000+ range instead.
  extensions 990 to 998 [declaration = {
    number: 998,
    full_name: ".pb.enumvalue.json",
    type: ".pb.enumvalue.JsonEnumValueOptions"
  }];

  // The parser stores options it doesn't recognize here. See above.
  repeated UninterpretedOption uninterpreted_option = 999;

  // Clients can define custom options in extensions of this message. See above.
  extensions 1000 to max;
}

message ServiceOptions {

  // Any features defined in the specific edition.
  // WARNING: This field should only be used by protobuf plugins or special
  // cases like the proto compiler. Other uses are discouraged and
  // developers should rely on the protoreflect APIs for their client language.
  optional FeatureSet features = 34;

  // Note:  Field numbers 1 through 32 are reserved for Google's internal RPC
  //   framework.  We apologize for hoarding these numbers to ourselves, but
  //   we were already using them long before we decided to release Protocol
  //   Buffers.

  // Is this service deprecated?
  // Depending on the target platform, this can emit Deprecated annotations
  // for the service, or it will be completely ignored; in the very least,
  // this is a formalization for deprecating services.
  optional bool deprecated = 33 [default = false];

  // Range reserved for first-class custom options defined by the Protobuf
  // team. User custom options must use the 1000+ range instead.
  extensions 990 to 998;

  // The parser stores options it doesn't recognize here. See above.
  repeated UninterpretedOption uninterpreted_option = 999;

  // Clients can define custom options in extensions of this message. See above.
  extensions 1000 to max;
}

message MethodOptions {

  // Note:  Field numbers 1 through 32 are reserved for Google's internal RPC
  //   framework.  We apologize for hoarding these numbers to ourselves, but
  //   we were already using them long before we decided to release Protocol
  //   Buffers.

  // Is this method deprecated?
  // Depending on the target platform, this can emit Deprecated annotations
  // for the method, or it will be completely ignored; in the very least,
  // this is a formalization for deprecating methods.
  optional bool deprecated = 33 [default = false];

  // Is this method side-effect-free (or safe in HTTP parlance), or idempotent,
  // or neither? HTTP based RPC implementation may choose GET verb for safe
  // methods, and PUT verb for idempotent methods instead of the default POST.
  enum IdempotencyLevel {
    IDEMPOTENCY_UNKNOWN = 0;
    NO_SIDE_EFFECTS = 1;  // implies idempotent
    IDEMPOTENT = 2;       // idempotent, but may have side effects
  }
  optional IdempotencyLevel idempotency_level = 34
      [default = IDEMPOTENCY_UNKNOWN];

  // Any features defined in the specific edition.
  // WARNING: This field should only be used by protobuf plugins or special
  // cases like the proto compiler. Other uses are discouraged and
  // developers should rely on the protoreflect APIs for their client language.
  optional FeatureSet features = 35;

  // Range reserved for first-class custom options defined by the Protobuf
  // team. User custom options must use the 1000+ range instead.
  extensions 990 to 998;

  // The parser stores options it doesn't recognize here. See above.
  repeated UninterpretedOption uninterpreted_option = 999;

  // Clients can define custom options in extensions of this message. See above.
  extensions 1000 to max;
}

// A message representing a option the parser does not recognize. This only
// appears in options protos created by the compiler::Parser class.
// DescriptorPool resolves these when building Descriptor objects. Therefore,
// options protos in descriptor objects (e.g. returned by Descriptor::options(),
// or produced by Descriptor::CopyTo()) will never have UninterpretedOptions
// in them.
message UninterpretedOption {
  // The name of the uninterpreted option.  Each string represents a segment in
  // a dot-separated name.  is_extension is true iff a segment represents an
  // extension (denoted with parentheses in options specs in .proto files).
  // E.g.,{ ["foo", false], ["bar.baz", true], ["moo", false] } represents
  // "foo.(bar.baz).moo".
  message NamePart {
    required string name_part = 1;
    required bool is_extension = 2;
  }
  repeated NamePart name = 2;

  // The value of the uninterpreted option, in whatever type the tokenizer
  // identified it as during parsing. Exactly one of these should be set.
  optional string identifier_value = 3;
  optional uint64 positive_int_value = 4;
  optional int64 negative_int_value = 5;
  optional double double_value = 6;
  optional bytes string_value = 7;
  optional string aggregate_value = 8;
}

// ===================================================================
// Features

// TODO Enums in C++ gencode (and potentially other languages) are
// not well scoped.  This means that each of the feature enums below can clash
// with each other.  The short names we've chosen maximize call-site
// readability, but leave us very open to this scenario.  A future feature will
// be designed and implemented to handle this, hopefully before we ever hit a
// conflict here.
message FeatureSet {
  enum FieldPresence {
    FIELD_PRESENCE_UNKNOWN = 0;
    EXPLICIT = 1;
    IMPLICIT = 2;
    LEGACY_REQUIRED = 3;
  }
  optional FieldPresence field_presence = 1 [
    retention = RETENTION_RUNTIME,
    targets = TARGET_TYPE_FIELD,
    targets = TARGET_TYPE_FILE,
    feature_support = {
      edition_introduced: EDITION_2023,
    },
    edition_defaults = { edition: EDITION_LEGACY, value: "EXPLICIT" },
    edition_defaults = { edition: EDITION_PROTO3, value: "IMPLICIT" },
    edition_defaults = { edition: EDITION_2023, value: "EXPLICIT" }
  ];

  enum EnumType {
    ENUM_TYPE_UNKNOWN = 0;
    OPEN = 1;
    CLOSED = 2;
  }
  optional EnumType enum_type = 2 [
    retention = RETENTION_RUNTIME,
    targets = TARGET_TYPE_ENUM,
    targets = TARGET_TYPE_FILE,
    feature_support = {
      edition_introduced: EDITION_2023,
    },
    edition_defaults = { edition: EDITION_LEGACY, value: "CLOSED" },
    edition_defaults = { edition: EDITION_PROTO3, value: "OPEN" }
  ];

  enum RepeatedFieldEncoding {
    REPEATED_FIELD_ENCODING_UNKNOWN = 0;
    PACKED = 1;
    EXPANDED = 2;
  }
  optional RepeatedFieldEncoding repeated_field_encoding = 3 [
    retention = RETENTION_RUNTIME,
    targets = TARGET_TYPE_FIELD,
    targets = TARGET_TYPE_FILE,
    feature_support = {
      edition_introduced: EDITION_2023,
    },
    edition_defaults = { edition: EDITION_LEGACY, value: "EXPANDED" },
    edition_defaults = { edition: EDITION_PROTO3, value: "PACKED" }
  ];

  enum Utf8Validation {
    UTF8_VALIDATION_UNKNOWN = 0;
    VERIFY = 2;
    NONE = 3;
    reserved 1;
  }
  optional Utf8Validation utf8_validation = 4 [
    retention = RETENTION_RUNTIME,
    targets = TARGET_TYPE_FIELD,
    targets = TARGET_TYPE_FILE,
    feature_support = {
      edition_introduced: EDITION_2023,
    },
    edition_defaults = { edition: EDITION_LEGACY, value: "NONE" },
    edition_defaults = { edition: EDITION_PROTO3, value: "VERIFY" }
  ];

  enum MessageEncoding {
    MESSAGE_ENCODING_UNKNOWN = 0;
    LENGTH_PREFIXED = 1;
    DELIMITED = 2;
  }
  optional MessageEncoding message_encoding = 5 [
    retention = RETENTION_RUNTIME,
    targets = TARGET_TYPE_FIELD,
    targets = TARGET_TYPE_FILE,
    feature_support = {
      edition_introduced: EDITION_2023,
    },
    edition_defaults = { edition: EDITION_LEGACY, value: "LENGTH_PREFIXED" }
  ];

  enum JsonFormat {
    JSON_FORMAT_UNKNOWN = 0;
    ALLOW = 1;
    LEGACY_BEST_EFFORT = 2;
  }
  optional JsonFormat json_format = 6 [
    retention = RETENTION_RUNTIME,
    targets = TARGET_TYPE_MESSAGE,
    targets = TARGET_TYPE_ENUM,
    targets = TARGET_TYPE_FILE,
    feature_support = {
      edition_introduced: EDITION_2023,
    },
    edition_defaults = { edition: EDITION_LEGACY, value: "LEGACY_BEST_EFFORT" },
    edition_defaults = { edition: EDITION_PROTO3, value: "ALLOW" }
  ];

  enum EnforceNamingStyle {
    ENFORCE_NAMING_STYLE_UNKNOWN = 0;
    STYLE2024 = 1;
    STYLE_LEGACY = 2;
    STYLE2026 = 3;
  }
  optional EnforceNamingStyle enforce_naming_style = 7 [
    retention = RETENTION_SOURCE,
    targets = TARGET_TYPE_FILE,
    targets = TARGET_TYPE_EXTENSION_RANGE,
    targets = TARGET_TYPE_MESSAGE,
    targets = TARGET_TYPE_FIELD,
    targets = TARGET_TYPE_ONEOF,
    targets = TARGET_TYPE_ENUM,
    targets = TARGET_TYPE_ENUM_ENTRY,
    targets = TARGET_TYPE_SERVICE,
    targets = TARGET_TYPE_METHOD,
    feature_support = {
      edition_introduced: EDITION_2024,
    },
    edition_defaults = { edition: EDITION_LEGACY, value: "STYLE_LEGACY" },
    edition_defaults = { edition: EDITION_2024, value: "STYLE2024" },
    edition_defaults = { edition: EDITION_2026, value: "STYLE2026" }
  ];

  message VisibilityFeature {
    enum DefaultSymbolVisibility {
      DEFAULT_SYMBOL_VISIBILITY_UNKNOWN = 0;

      // Default pre-EDITION_2024, all UNSET visibility are export.
      EXPORT_ALL = 1;

      // All top-level symbols default to export, nested default to local.
      EXPORT_TOP_LEVEL = 2;

      // All symbols default to local.
      LOCAL_ALL = 3;

      // All symbols local by default. Nested types cannot be exported.
      // With special case caveat for message { enum {} reserved 1 to max; }
      // This is the recommended setting for new protos.
      STRICT = 4;
    }
    reserved 1 to max;
  }
  optional VisibilityFeature.DefaultSymbolVisibility default_symbol_visibility =
      8 [
        retention = RETENTION_SOURCE,
        targets = TARGET_TYPE_FILE,
        feature_support = {
          edition_introduced: EDITION_2024,
        },
        edition_defaults = { edition: EDITION_LEGACY, value: "EXPORT_ALL" },
        edition_defaults = { edition: EDITION_2024, value: "EXPORT_TOP_LEVEL" },
        edition_defaults = { edition: EDITION_2026, value: "STRICT" }
      ];

  message ProtoLimitsFeature {
    enum EnforceProtoLimits {
      PROTO_LIMITS_UNKNOWN = 0;

      // Default pre-EDITION_2026: there are no limit enforcement at the protoc
      // level. Practical limits still exist, but they will tend to fail while
      // compiling protoc-generated code, and these limits tend to be language
      // or toolchain specific.
      LEGACY_NO_EXPLICIT_LIMITS = 1;

      // A set of limits enforced by Edition 2026 by default. For a detailed
      // list of all the limits please consult the Edition 2026 documentation.
      PROTO_LIMITS2026 = 2;
    }
  }
  optional ProtoLimitsFeature.EnforceProtoLimits enforce_proto_limits = 9 [
    retention = RETENTION_SOURCE,
    targets = TARGET_TYPE_ENUM,
    targets = TARGET_TYPE_MESSAGE,
    targets = TARGET_TYPE_FIELD,
    targets = TARGET_TYPE_ONEOF,
    feature_support = {
      edition_introduced: EDITION_2026,
    },
    edition_defaults = {
      edition: EDITION_LEGACY,
      value: "LEGACY_NO_EXPLICIT_LIMITS"
    },
    edition_defaults = { edition: EDITION_2026, value: "PROTO_LIMITS2026" }
  ];

  reserved 999;

  extensions 1000 to 9994 [
    declaration = {
      number: 1000,
      full_name: ".pb.cpp",
      type: ".pb.CppFeatures"
    },
    declaration = {
      number: 1001,
      full_name: ".pb.java",
      type: ".pb.JavaFeatures"
    },
    declaration = { number: 1002, full_name: ".pb.go", type: ".pb.GoFeatures" },
    declaration = {
      number: 1003,
      full_name: ".pb.python",
      type: ".pb.PythonFeatures"
    },
    declaration = {
      number: 1004,
      full_name: ".pb.csharp",
      type: ".pb.CSharpFeatures"
    },
    declaration = {
      number: 1100,
      full_name: ".imp.impress_feature_set",
      type: ".imp.ImpressFeatureSet"
    },
    declaration = {
      number: 9989,
      full_name: ".pb.java_mutable",
      type: ".pb.JavaMutableFeatures"
    },
    declaration = {
      number: 9990,
      full_name: ".pb.proto1",
      type: ".pb.Proto1Features"
    }
  ];

  extensions 9995 to 9999;  // For internal testing
  extensions 10000;         // for https://github.com/bufbuild/protobuf-es
}

// A compiled specification for the defaults of a set of features.  These
// messages are generated from FeatureSet extensions and can be used to seed
// feature resolution. The resolution with this object becomes a simple search
// for the closest matching edition, followed by proto merges.
message FeatureSetDefaults {
  // A map from every known edition with a unique set of defaults to its
  // defaults. Not all editions may be contained here.  For a given edition,
  // the defaults at the closest matching edition ordered at or before it should
  // be used.  This field must be in strict ascending order by edition.
  message FeatureSetEditionDefault {
    optional Edition edition = 3;

    // Defaults of features that can be overridden in this edition.
    optional FeatureSet overridable_features = 4;

    // Defaults of features that can't be overridden in this edition.
    optional FeatureSet fixed_features = 5;

    reserved 1, 2;
    reserved "features";
  }
  repeated FeatureSetEditionDefault defaults = 1;

  // The minimum supported edition (inclusive) when this was constructed.
  // Editions before this will not have defaults.
  optional Edition minimum_edition = 4;

  // The maximum known edition (inclusive) when this was constructed. Editions
  // after this will not have reliable defaults.
  optional Edition maximum_edition = 5;
}

// ===================================================================
// Optional source code info

// Encapsulates information about the original source file from which a
// FileDescriptorProto was generated.
message SourceCodeInfo {
  // A Location identifies a piece of source code in a .proto file which
  // corresponds to a particular definition.  This information is intended
  // to be useful to IDEs, code indexers, documentation generators, and similar
  // tools.
  //
  // For example, say we have a file like:
  //   message Foo {
  //     optional string foo = 1;
  //   }
  // Let's look at just the field definition:
  //   optional string foo = 1;
  //   ^       ^^     ^^  ^  ^^^
  //   a       bc     de  f  ghi
  // We have the following locations:
  //   span   path               represents
  //   [a,i)  [ 4, 0, 2, 0 ]     The whole field definition.
  //   [a,b)  [ 4, 0, 2, 0, 4 ]  The label (optional).
  //   [c,d)  [ 4, 0, 2, 0, 5 ]  The type (string).
  //   [e,f)  [ 4, 0, 2, 0, 1 ]  The name (foo).
  //   [g,h)  [ 4, 0, 2, 0, 3 ]  The number (1).
  //
  // Notes:
  // - A location may refer to a repeated field itself (i.e. not to any
  //   particular index within it).  This is used whenever a set of elements are
  //   logically enclosed in a single code segment.  For example, an entire
  //   extend block (possibly containing multiple extension definitions) will
  //   have an outer location whose path refers to the "extensions" repeated
  //   field without an index.
  // - Multiple locations may have the same path.  This happens when a single
  //   logical declaration is spread out across multiple places.  The most
  //   obvious example is the "extend" block again -- there may be multiple
  //   extend blocks in the same scope, each of which will have the same path.
  // - A location's span is not always a subset of its parent's span.  For
  //   example, the "extendee" of an extension declaration appears at the
  //   beginning of the "extend" block and is shared by all extensions within
  //   the block.
  // - Just because a location's span is a subset of some other location's span
  //   does not mean that it is a descendant.  For example, a "group" defines
  //   both a type and a field in a single declaration.  Thus, the locations
  //   corresponding to the type and field and their components will overlap.
  // - Code which tries to interpret locations should probably be designed to
  //   ignore those that it doesn't understand, as more types of locations could
  //   be recorded in the future.
  repeated Location location = 1;
  message Location {
    // Identifies which part of the FileDescriptorProto was defined at this
    // location.
    //
    // Each element is a field number or an index.  They form a path from
    // the root FileDescriptorProto to the place where the definition appears.
    // For example, this path:
    //   [ 4, 3, 2, 7, 1 ]
    // refers to:
    //   file.message_type(3)  // 4, 3
    //       .field(7)         // 2, 7
    //       .name()           // 1
    // This is because FileDescriptorProto.message_type has field number 4:
    //   repeated DescriptorProto message_type = 4;
    // and DescriptorProto.field has field number 2:
    //   repeated FieldDescriptorProto field = 2;
    // and FieldDescriptorProto.name has field number 1:
    //   optional string name = 1;
    //
    // Thus, the above path gives the location of a field name.  If we removed
    // the last element:
    //   [ 4, 3, 2, 7 ]
    // this path refers to the whole field declaration (from the beginning
    // of the label to the terminating semicolon).
    //
    // For options, the path refers to the interpreted option in the descriptor.
    // E.g., for a custom option \`(my_opt) = "foo"\` on a message using extension
    // number 10101, the path is:
    //   [ 4, 3, 7, 10101 ]
    // refers to:
    //   file.message_type(3)     // 4, 3
    //       .options()           // 7
    //       .my_opt()            // 10101
    //
    // Sub-locations corresponding to the interpreted option's corresponding
    // \`UninterpretedOption\` are also appended to the interpreted option, which
    // deviates from the actual FileDescriptorProto path. E.g.:
    //   [ 4, 3, 7, 10101, 2 ]
    // refers to the option name \`(my_opt)\`, and:
    //   [ 4, 3, 7, 10101, 7 ]
    // refers to the "foo" string value of the option.
    repeated int32 path = 1 [packed = true];

    // Always has exactly three or four elements: start line, start column,
    // end line (optional, otherwise assumed same as start line), end column.
    // These are packed into a single field for efficiency.  Note that line
    // and column numbers are zero-based -- typically you will want to add
    // 1 to each before displaying to a user.
    repeated int32 span = 2 [packed = true];

    // If this SourceCodeInfo represents a complete declaration, these are any
    // comments appearing before and after the declaration which appear to be
    // attached to the declaration.
    //
    // A series of line comments appearing on consecutive lines, with no other
    // tokens appearing on those lines, will be treated as a single comment.
    //
    // leading_detached_comments will keep paragraphs of comments that appear
    // before (but not connected to) the current element. Each paragraph,
    // separated by empty lines, will be one comment element in the repeated
    // field.
    //
    // Only the comment content is provided; comment markers (e.g. //) are
    // stripped out.  For block comments, leading whitespace and an asterisk
    // will be stripped from the beginning of each line other than the first.
    // Newlines are included in the output.
    //
    // Examples:
    //
    //   optional int32 foo = 1;  // Comment attached to foo.
    //   // Comment attached to bar.
    //   optional int32 bar = 2;
    //
    //   optional string baz = 3;
    //   // Comment attached to baz.
    //   // Another line attached to baz.
    //
    //   // Comment attached to moo.
    //   //
    //   // Another line attached to moo.
    //   optional double moo = 4;
    //
    //   // Detached comment for corge. This is not leading or trailing comments
    //   // to moo or corge because there are blank lines separating it from
    //   // both.
    //
    //   // Detached comment for corge paragraph 2.
    //
    //   optional string corge = 5;
    //   /* Block comment attached
    //    * to corge.  Leading asterisks
    //    * will be removed. */
    //   /* Block comment attached to
    //    * grault. */
    //   optional int32 grault = 6;
    //
    //   // ignored detached comments.
    optional string leading_comments = 3;
    optional string trailing_comments = 4;
    repeated string leading_detached_comments = 6;
  }

  // Extensions for tooling.
  extensions 536000000 [declaration = {
    number: 536000000
    type: ".buf.descriptor.v1.SourceCodeInfoExtension"
    full_name: ".buf.descriptor.v1.buf_source_code_info_extension"
  }];
}

// Describes the relationship between generated code and its original source
// file. A GeneratedCodeInfo message is associated with only one generated
// source file, but may contain references to different source .proto files.
message GeneratedCodeInfo {
  // An Annotation connects some span of text in generated code to an element
  // of its generating .proto file.
  repeated Annotation annotation = 1;
  message Annotation {
    // Identifies the element in the original source .proto file. This field
    // is formatted the same as SourceCodeInfo.Location.path.
    repeated int32 path = 1 [packed = true];

    // Identifies the filesystem path to the original source .proto.
    optional string source_file = 2;

    // Identifies the starting offset in bytes in the generated code
    // that relates to the identified object.
    optional int32 begin = 3;

    // Identifies the ending offset in bytes in the generated code that
    // relates to the identified object. The end offset should be one past
    // the last relevant byte (so the length of the text = end - begin).
    optional int32 end = 4;

    // Represents the identified object's effect on the element in the original
    // .proto file.
    enum Semantic {
      // There is no effect or the effect is indescribable.
      NONE = 0;
      // The element is set or otherwise mutated.
      SET = 1;
      // An alias to the element is returned.
      ALIAS = 2;
    }
    optional Semantic semantic = 5;
  }
}

// Describes the 'visibility' of a symbol with respect to the proto import
// system. Symbols can only be imported when the visibility rules do not prevent
// it (ex: local symbols cannot be imported).  Visibility modifiers can only set
// on \`message\` and \`enum\` as they are the only types available to be referenced
// from other files.
enum SymbolVisibility {
  VISIBILITY_UNSET = 0;
  VISIBILITY_LOCAL = 1;
  VISIBILITY_EXPORT = 2;
}
`, "google/protobuf/duration.proto": '// Protocol Buffers - Google\'s data interchange format\n// Copyright 2008 Google Inc.  All rights reserved.\n// https://developers.google.com/protocol-buffers/\n//\n// Redistribution and use in source and binary forms, with or without\n// modification, are permitted provided that the following conditions are\n// met:\n//\n//     * Redistributions of source code must retain the above copyright\n// notice, this list of conditions and the following disclaimer.\n//     * Redistributions in binary form must reproduce the above\n// copyright notice, this list of conditions and the following disclaimer\n// in the documentation and/or other materials provided with the\n// distribution.\n//     * Neither the name of Google Inc. nor the names of its\n// contributors may be used to endorse or promote products derived from\n// this software without specific prior written permission.\n//\n// THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS\n// "AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT\n// LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR\n// A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT\n// OWNER OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL,\n// SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT\n// LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE,\n// DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY\n// THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT\n// (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE\n// OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.\n\nsyntax = "proto3";\n\npackage google.protobuf;\n\noption cc_enable_arenas = true;\noption go_package = "google.golang.org/protobuf/types/known/durationpb";\noption java_package = "com.google.protobuf";\noption java_outer_classname = "DurationProto";\noption java_multiple_files = true;\noption objc_class_prefix = "GPB";\noption csharp_namespace = "Google.Protobuf.WellKnownTypes";\n\n// A Duration represents a signed, fixed-length span of time represented\n// as a count of seconds and fractions of seconds at nanosecond\n// resolution. It is independent of any calendar and concepts like "day"\n// or "month". It is related to Timestamp in that the difference between\n// two Timestamp values is a Duration and it can be added or subtracted\n// from a Timestamp. Range is approximately +-10,000 years.\n//\n// # Examples\n//\n// Example 1: Compute Duration from two Timestamps in pseudo code.\n//\n//     Timestamp start = ...;\n//     Timestamp end = ...;\n//     Duration duration = ...;\n//\n//     duration.seconds = end.seconds - start.seconds;\n//     duration.nanos = end.nanos - start.nanos;\n//\n//     if (duration.seconds < 0 && duration.nanos > 0) {\n//       duration.seconds += 1;\n//       duration.nanos -= 1000000000;\n//     } else if (duration.seconds > 0 && duration.nanos < 0) {\n//       duration.seconds -= 1;\n//       duration.nanos += 1000000000;\n//     }\n//\n// Example 2: Compute Timestamp from Timestamp + Duration in pseudo code.\n//\n//     Timestamp start = ...;\n//     Duration duration = ...;\n//     Timestamp end = ...;\n//\n//     end.seconds = start.seconds + duration.seconds;\n//     end.nanos = start.nanos + duration.nanos;\n//\n//     if (end.nanos < 0) {\n//       end.seconds -= 1;\n//       end.nanos += 1000000000;\n//     } else if (end.nanos >= 1000000000) {\n//       end.seconds += 1;\n//       end.nanos -= 1000000000;\n//     }\n//\n// Example 3: Compute Duration from datetime.timedelta in Python.\n//\n//     td = datetime.timedelta(days=3, minutes=10)\n//     duration = Duration()\n//     duration.FromTimedelta(td)\n//\n// # JSON Mapping\n//\n// In JSON format, the Duration type is encoded as a string rather than an\n// object, where the string ends in the suffix "s" (indicating seconds) and\n// is preceded by the number of seconds, with nanoseconds expressed as\n// fractional seconds. For example, 3 seconds with 0 nanoseconds should be\n// encoded in JSON format as "3s", while 3 seconds and 1 nanosecond should\n// be expressed in JSON format as "3.000000001s", and 3 seconds and 1\n// microsecond should be expressed in JSON format as "3.000001s".\n//\nmessage Duration {\n  // Signed seconds of the span of time. Must be from -315,576,000,000\n  // to +315,576,000,000 inclusive. Note: these bounds are computed from:\n  // 60 sec/min * 60 min/hr * 24 hr/day * 365.25 days/year * 10000 years\n  int64 seconds = 1;\n\n  // Signed fractions of a second at nanosecond resolution of the span\n  // of time. Durations less than one second are represented with a 0\n  // `seconds` field and a positive or negative `nanos` field. For durations\n  // of one second or more, a non-zero value for the `nanos` field must be\n  // of the same sign as the `seconds` field. Must be from -999,999,999\n  // to +999,999,999 inclusive.\n  int32 nanos = 2;\n}\n', "google/protobuf/empty.proto": `// Protocol Buffers - Google's data interchange format
// Copyright 2008 Google Inc.  All rights reserved.
// https://developers.google.com/protocol-buffers/
//
// Redistribution and use in source and binary forms, with or without
// modification, are permitted provided that the following conditions are
// met:
//
//     * Redistributions of source code must retain the above copyright
// notice, this list of conditions and the following disclaimer.
//     * Redistributions in binary form must reproduce the above
// copyright notice, this list of conditions and the following disclaimer
// in the documentation and/or other materials provided with the
// distribution.
//     * Neither the name of Google Inc. nor the names of its
// contributors may be used to endorse or promote products derived from
// this software without specific prior written permission.
//
// THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS
// "AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT
// LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR
// A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT
// OWNER OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL,
// SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT
// LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE,
// DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY
// THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT
// (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
// OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.

syntax = "proto3";

package google.protobuf;

option go_package = "google.golang.org/protobuf/types/known/emptypb";
option java_package = "com.google.protobuf";
option java_outer_classname = "EmptyProto";
option java_multiple_files = true;
option objc_class_prefix = "GPB";
option csharp_namespace = "Google.Protobuf.WellKnownTypes";
option cc_enable_arenas = true;

// A generic empty message that you can re-use to avoid defining duplicated
// empty messages in your APIs. A typical example is to use it as the request
// or the response type of an API method. For instance:
//
//     service Foo {
//       rpc Bar(google.protobuf.Empty) returns (google.protobuf.Empty);
//     }
//
message Empty {}
`, "google/protobuf/field_mask.proto": '// Protocol Buffers - Google\'s data interchange format\n// Copyright 2008 Google Inc.  All rights reserved.\n// https://developers.google.com/protocol-buffers/\n//\n// Redistribution and use in source and binary forms, with or without\n// modification, are permitted provided that the following conditions are\n// met:\n//\n//     * Redistributions of source code must retain the above copyright\n// notice, this list of conditions and the following disclaimer.\n//     * Redistributions in binary form must reproduce the above\n// copyright notice, this list of conditions and the following disclaimer\n// in the documentation and/or other materials provided with the\n// distribution.\n//     * Neither the name of Google Inc. nor the names of its\n// contributors may be used to endorse or promote products derived from\n// this software without specific prior written permission.\n//\n// THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS\n// "AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT\n// LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR\n// A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT\n// OWNER OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL,\n// SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT\n// LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE,\n// DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY\n// THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT\n// (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE\n// OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.\n\nsyntax = "proto3";\n\npackage google.protobuf;\n\noption java_package = "com.google.protobuf";\noption java_outer_classname = "FieldMaskProto";\noption java_multiple_files = true;\noption objc_class_prefix = "GPB";\noption csharp_namespace = "Google.Protobuf.WellKnownTypes";\noption go_package = "google.golang.org/protobuf/types/known/fieldmaskpb";\noption cc_enable_arenas = true;\n\n// `FieldMask` represents a set of symbolic field paths, for example:\n//\n//     paths: "f.a"\n//     paths: "f.b.d"\n//\n// Here `f` represents a field in some root message, `a` and `b`\n// fields in the message found in `f`, and `d` a field found in the\n// message in `f.b`.\n//\n// Field masks are used to specify a subset of fields that should be\n// returned by a get operation or modified by an update operation.\n// Field masks also have a custom JSON encoding (see below).\n//\n// # Field Masks in Projections\n//\n// When used in the context of a projection, a response message or\n// sub-message is filtered by the API to only contain those fields as\n// specified in the mask. For example, if the mask in the previous\n// example is applied to a response message as follows:\n//\n//     f {\n//       a : 22\n//       b {\n//         d : 1\n//         x : 2\n//       }\n//       y : 13\n//     }\n//     z: 8\n//\n// The result will not contain specific values for fields x,y and z\n// (their value will be set to the default, and omitted in proto text\n// output):\n//\n//\n//     f {\n//       a : 22\n//       b {\n//         d : 1\n//       }\n//     }\n//\n// A repeated field is not allowed except at the last position of a\n// paths string.\n//\n// If a FieldMask object is not present in a get operation, the\n// operation applies to all fields (as if a FieldMask of all fields\n// had been specified).\n//\n// Note that a field mask does not necessarily apply to the\n// top-level response message. In case of a REST get operation, the\n// field mask applies directly to the response, but in case of a REST\n// list operation, the mask instead applies to each individual message\n// in the returned resource list. In case of a REST custom method,\n// other definitions may be used. Where the mask applies will be\n// clearly documented together with its declaration in the API.  In\n// any case, the effect on the returned resource/resources is required\n// behavior for APIs.\n//\n// # Field Masks in Update Operations\n//\n// A field mask in update operations specifies which fields of the\n// targeted resource are going to be updated. The API is required\n// to only change the values of the fields as specified in the mask\n// and leave the others untouched. If a resource is passed in to\n// describe the updated values, the API ignores the values of all\n// fields not covered by the mask.\n//\n// If a repeated field is specified for an update operation, new values will\n// be appended to the existing repeated field in the target resource. Note that\n// a repeated field is only allowed in the last position of a `paths` string.\n//\n// If a sub-message is specified in the last position of the field mask for an\n// update operation, then new value will be merged into the existing sub-message\n// in the target resource.\n//\n// For example, given the target message:\n//\n//     f {\n//       b {\n//         d: 1\n//         x: 2\n//       }\n//       c: [1]\n//     }\n//\n// And an update message:\n//\n//     f {\n//       b {\n//         d: 10\n//       }\n//       c: [2]\n//     }\n//\n// then if the field mask is:\n//\n//  paths: ["f.b", "f.c"]\n//\n// then the result will be:\n//\n//     f {\n//       b {\n//         d: 10\n//         x: 2\n//       }\n//       c: [1, 2]\n//     }\n//\n// An implementation may provide options to override this default behavior for\n// repeated and message fields.\n//\n// Note that libraries which implement FieldMask resolution have various\n// different behaviors in the face of empty masks or the special "*" mask.\n// When implementing a service you should confirm these cases have the\n// appropriate behavior in the underlying FieldMask library that you desire,\n// and you may need to special case those cases in your application code if\n// the underlying field mask library behavior differs from your intended\n// service semantics.\n//\n// Update methods implementing https://google.aip.dev/134\n// - MUST support the special value * meaning "full replace"\n// - MUST treat an omitted field mask as "replace fields which are present".\n//\n// Other methods implementing https://google.aip.dev/157\n// - SHOULD support the special value "*" to mean "get all".\n// - MUST treat an omitted field mask to mean "get all", unless otherwise\n// documented.\n//\n// ## Considerations for HTTP REST\n//\n// The HTTP kind of an update operation which uses a field mask must\n// be set to PATCH instead of PUT in order to satisfy HTTP semantics\n// (PUT must only be used for full updates).\n//\n// # JSON Encoding of Field Masks\n//\n// In JSON, a field mask is encoded as a single string where paths are\n// separated by a comma. Fields name in each path are converted\n// to/from lower-camel naming conventions.\n//\n// As an example, consider the following message declarations:\n//\n//     message Profile {\n//       User user = 1;\n//       Photo photo = 2;\n//     }\n//     message User {\n//       string display_name = 1;\n//       string address = 2;\n//     }\n//\n// In proto a field mask for `Profile` may look as such:\n//\n//     mask {\n//       paths: "user.display_name"\n//       paths: "photo"\n//     }\n//\n// In JSON, the same mask is represented as below:\n//\n//     {\n//       mask: "user.displayName,photo"\n//     }\n//\n// # Field Masks and Oneof Fields\n//\n// Field masks treat fields in oneofs just as regular fields. Consider the\n// following message:\n//\n//     message SampleMessage {\n//       oneof test_oneof {\n//         string name = 4;\n//         SubMessage sub_message = 9;\n//       }\n//     }\n//\n// The field mask can be:\n//\n//     mask {\n//       paths: "name"\n//     }\n//\n// Or:\n//\n//     mask {\n//       paths: "sub_message"\n//     }\n//\n// Note that oneof type names ("test_oneof" in this case) cannot be used in\n// paths.\n//\n// ## Field Mask Verification\n//\n// The implementation of any API method which has a FieldMask type field in the\n// request should verify the included field paths, and return an\n// `INVALID_ARGUMENT` error if any path is unmappable.\nmessage FieldMask {\n  // The set of field mask paths.\n  repeated string paths = 1;\n}\n', "google/protobuf/source_context.proto": '// Protocol Buffers - Google\'s data interchange format\n// Copyright 2008 Google Inc.  All rights reserved.\n// https://developers.google.com/protocol-buffers/\n//\n// Redistribution and use in source and binary forms, with or without\n// modification, are permitted provided that the following conditions are\n// met:\n//\n//     * Redistributions of source code must retain the above copyright\n// notice, this list of conditions and the following disclaimer.\n//     * Redistributions in binary form must reproduce the above\n// copyright notice, this list of conditions and the following disclaimer\n// in the documentation and/or other materials provided with the\n// distribution.\n//     * Neither the name of Google Inc. nor the names of its\n// contributors may be used to endorse or promote products derived from\n// this software without specific prior written permission.\n//\n// THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS\n// "AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT\n// LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR\n// A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT\n// OWNER OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL,\n// SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT\n// LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE,\n// DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY\n// THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT\n// (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE\n// OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.\n\nsyntax = "proto3";\n\npackage google.protobuf;\n\noption java_package = "com.google.protobuf";\noption java_outer_classname = "SourceContextProto";\noption java_multiple_files = true;\noption objc_class_prefix = "GPB";\noption csharp_namespace = "Google.Protobuf.WellKnownTypes";\noption go_package = "google.golang.org/protobuf/types/known/sourcecontextpb";\n\n// `SourceContext` represents information about the source of a\n// protobuf element, like the file in which it is defined.\nmessage SourceContext {\n  // The path-qualified name of the .proto file that contained the associated\n  // protobuf element.  For example: `"google/protobuf/source_context.proto"`.\n  string file_name = 1;\n}\n', "google/protobuf/struct.proto": '// Protocol Buffers - Google\'s data interchange format\n// Copyright 2008 Google Inc.  All rights reserved.\n// https://developers.google.com/protocol-buffers/\n//\n// Redistribution and use in source and binary forms, with or without\n// modification, are permitted provided that the following conditions are\n// met:\n//\n//     * Redistributions of source code must retain the above copyright\n// notice, this list of conditions and the following disclaimer.\n//     * Redistributions in binary form must reproduce the above\n// copyright notice, this list of conditions and the following disclaimer\n// in the documentation and/or other materials provided with the\n// distribution.\n//     * Neither the name of Google Inc. nor the names of its\n// contributors may be used to endorse or promote products derived from\n// this software without specific prior written permission.\n//\n// THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS\n// "AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT\n// LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR\n// A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT\n// OWNER OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL,\n// SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT\n// LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE,\n// DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY\n// THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT\n// (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE\n// OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.\n\nsyntax = "proto3";\n\npackage google.protobuf;\n\noption cc_enable_arenas = true;\noption go_package = "google.golang.org/protobuf/types/known/structpb";\noption java_package = "com.google.protobuf";\noption java_outer_classname = "StructProto";\noption java_multiple_files = true;\noption objc_class_prefix = "GPB";\noption csharp_namespace = "Google.Protobuf.WellKnownTypes";\n\n// Represents a JSON object.\n//\n// An unordered key-value map, intending to perfectly capture the semantics of a\n// JSON object. This enables parsing any arbitrary JSON payload as a message\n// field in ProtoJSON format.\n//\n// This follows RFC 8259 guidelines for interoperable JSON: notably this type\n// cannot represent large Int64 values or `NaN`/`Infinity` numbers,\n// since the JSON format generally does not support those values in its number\n// type.\n//\n// If you do not intend to parse arbitrary JSON into your message, a custom\n// typed message should be preferred instead of using this type.\nmessage Struct {\n  // Unordered map of dynamically typed values.\n  map<string, Value> fields = 1;\n}\n\n// Represents a JSON value.\n//\n// `Value` represents a dynamically typed value which can be either\n// null, a number, a string, a boolean, a recursive struct value, or a\n// list of values. A producer of value is expected to set one of these\n// variants. Absence of any variant is an invalid state.\nmessage Value {\n  // The kind of value.\n  oneof kind {\n    // Represents a JSON `null`.\n    NullValue null_value = 1;\n\n    // Represents a JSON number. Must not be `NaN`, `Infinity` or\n    // `-Infinity`, since those are not supported in JSON. This also cannot\n    // represent large Int64 values, since JSON format generally does not\n    // support them in its number type.\n    double number_value = 2;\n\n    // Represents a JSON string.\n    string string_value = 3;\n\n    // Represents a JSON boolean (`true` or `false` literal in JSON).\n    bool bool_value = 4;\n\n    // Represents a JSON object.\n    Struct struct_value = 5;\n\n    // Represents a JSON array.\n    ListValue list_value = 6;\n  }\n}\n\n// Represents a JSON `null`.\n//\n// `NullValue` is a sentinel, using an enum with only one value to represent\n// the null value for the `Value` type union.\n//\n// A field of type `NullValue` with any value other than `0` is considered\n// invalid. Most ProtoJSON serializers will emit a `Value` with a `null_value`\n// set as a JSON `null` regardless of the integer value, and so will round trip\n// to a `0` value.\nenum NullValue {\n  // Null value.\n  NULL_VALUE = 0;\n}\n\n// Represents a JSON array.\nmessage ListValue {\n  // Repeated field of dynamically typed values.\n  repeated Value values = 1;\n}\n', "google/protobuf/timestamp.proto": '// Protocol Buffers - Google\'s data interchange format\n// Copyright 2008 Google Inc.  All rights reserved.\n// https://developers.google.com/protocol-buffers/\n//\n// Redistribution and use in source and binary forms, with or without\n// modification, are permitted provided that the following conditions are\n// met:\n//\n//     * Redistributions of source code must retain the above copyright\n// notice, this list of conditions and the following disclaimer.\n//     * Redistributions in binary form must reproduce the above\n// copyright notice, this list of conditions and the following disclaimer\n// in the documentation and/or other materials provided with the\n// distribution.\n//     * Neither the name of Google Inc. nor the names of its\n// contributors may be used to endorse or promote products derived from\n// this software without specific prior written permission.\n//\n// THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS\n// "AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT\n// LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR\n// A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT\n// OWNER OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL,\n// SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT\n// LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE,\n// DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY\n// THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT\n// (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE\n// OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.\n\nsyntax = "proto3";\n\npackage google.protobuf;\n\noption cc_enable_arenas = true;\noption go_package = "google.golang.org/protobuf/types/known/timestamppb";\noption java_package = "com.google.protobuf";\noption java_outer_classname = "TimestampProto";\noption java_multiple_files = true;\noption objc_class_prefix = "GPB";\noption csharp_namespace = "Google.Protobuf.WellKnownTypes";\n\n// A Timestamp represents a point in time independent of any time zone or local\n// calendar, encoded as a count of seconds and fractions of seconds at\n// nanosecond resolution. The count is relative to an epoch at UTC midnight on\n// January 1, 1970, in the proleptic Gregorian calendar which extends the\n// Gregorian calendar backwards to year one.\n//\n// All minutes are 60 seconds long. Leap seconds are "smeared" so that no leap\n// second table is needed for interpretation, using a [24-hour linear\n// smear](https://developers.google.com/time/smear).\n//\n// The range is from 0001-01-01T00:00:00Z to 9999-12-31T23:59:59.999999999Z. By\n// restricting to that range, we ensure that we can convert to and from [RFC\n// 3339](https://www.ietf.org/rfc/rfc3339.txt) date strings.\n//\n// # Examples\n//\n// Example 1: Compute Timestamp from POSIX `time()`.\n//\n//     Timestamp timestamp;\n//     timestamp.set_seconds(time(NULL));\n//     timestamp.set_nanos(0);\n//\n// Example 2: Compute Timestamp from POSIX `gettimeofday()`.\n//\n//     struct timeval tv;\n//     gettimeofday(&tv, NULL);\n//\n//     Timestamp timestamp;\n//     timestamp.set_seconds(tv.tv_sec);\n//     timestamp.set_nanos(tv.tv_usec * 1000);\n//\n// Example 3: Compute Timestamp from Win32 `GetSystemTimeAsFileTime()`.\n//\n//     FILETIME ft;\n//     GetSystemTimeAsFileTime(&ft);\n//     UINT64 ticks = (((UINT64)ft.dwHighDateTime) << 32) | ft.dwLowDateTime;\n//\n//     // A Windows tick is 100 nanoseconds. Windows epoch 1601-01-01T00:00:00Z\n//     // is 11644473600 seconds before Unix epoch 1970-01-01T00:00:00Z.\n//     Timestamp timestamp;\n//     timestamp.set_seconds((INT64) ((ticks / 10000000) - 11644473600LL));\n//     timestamp.set_nanos((INT32) ((ticks % 10000000) * 100));\n//\n// Example 4: Compute Timestamp from Java `System.currentTimeMillis()`.\n//\n//     long millis = System.currentTimeMillis();\n//\n//     Timestamp timestamp = Timestamp.newBuilder().setSeconds(millis / 1000)\n//         .setNanos((int) ((millis % 1000) * 1000000)).build();\n//\n// Example 5: Compute Timestamp from Java `Instant.now()`.\n//\n//     Instant now = Instant.now();\n//\n//     Timestamp timestamp =\n//         Timestamp.newBuilder().setSeconds(now.getEpochSecond())\n//             .setNanos(now.getNano()).build();\n//\n// Example 6: Compute Timestamp from current time in Python.\n//\n//     timestamp = Timestamp()\n//     timestamp.GetCurrentTime()\n//\n// # JSON Mapping\n//\n// In JSON format, the Timestamp type is encoded as a string in the\n// [RFC 3339](https://www.ietf.org/rfc/rfc3339.txt) format. That is, the\n// format is "{year}-{month}-{day}T{hour}:{min}:{sec}[.{frac_sec}]Z"\n// where {year} is always expressed using four digits while {month}, {day},\n// {hour}, {min}, and {sec} are zero-padded to two digits each. The fractional\n// seconds, which can go up to 9 digits (i.e. up to 1 nanosecond resolution),\n// are optional. The "Z" suffix indicates the timezone ("UTC"); the timezone\n// is required. A ProtoJSON serializer should always use UTC (as indicated by\n// "Z") when printing the Timestamp type and a ProtoJSON parser should be\n// able to accept both UTC and other timezones (as indicated by an offset).\n//\n// For example, "2017-01-15T01:30:15.01Z" encodes 15.01 seconds past\n// 01:30 UTC on January 15, 2017.\n//\n// In JavaScript, one can convert a Date object to this format using the\n// standard\n// [toISOString()](https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Date/toISOString)\n// method. In Python, a standard `datetime.datetime` object can be converted\n// to this format using\n// [`strftime`](https://docs.python.org/2/library/time.html#time.strftime) with\n// the time format spec \'%Y-%m-%dT%H:%M:%S.%fZ\'. Likewise, in Java, one can use\n// the Joda Time\'s [`ISODateTimeFormat.dateTime()`](\n// http://joda-time.sourceforge.net/apidocs/org/joda/time/format/ISODateTimeFormat.html#dateTime()\n// ) to obtain a formatter capable of generating timestamps in this format.\n//\nmessage Timestamp {\n  // Represents seconds of UTC time since Unix epoch 1970-01-01T00:00:00Z. Must\n  // be between -62135596800 and 253402300799 inclusive (which corresponds to\n  // 0001-01-01T00:00:00Z to 9999-12-31T23:59:59Z).\n  int64 seconds = 1;\n\n  // Non-negative fractions of a second at nanosecond resolution. This field is\n  // the nanosecond portion of the duration, not an alternative to seconds.\n  // Negative second values with fractions must still have non-negative nanos\n  // values that count forward in time. Must be between 0 and 999,999,999\n  // inclusive.\n  int32 nanos = 2;\n}\n', "google/protobuf/type.proto": '// Protocol Buffers - Google\'s data interchange format\n// Copyright 2008 Google Inc.  All rights reserved.\n// https://developers.google.com/protocol-buffers/\n//\n// Redistribution and use in source and binary forms, with or without\n// modification, are permitted provided that the following conditions are\n// met:\n//\n//     * Redistributions of source code must retain the above copyright\n// notice, this list of conditions and the following disclaimer.\n//     * Redistributions in binary form must reproduce the above\n// copyright notice, this list of conditions and the following disclaimer\n// in the documentation and/or other materials provided with the\n// distribution.\n//     * Neither the name of Google Inc. nor the names of its\n// contributors may be used to endorse or promote products derived from\n// this software without specific prior written permission.\n//\n// THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS\n// "AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT\n// LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR\n// A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT\n// OWNER OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL,\n// SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT\n// LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE,\n// DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY\n// THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT\n// (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE\n// OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.\n\nsyntax = "proto3";\n\npackage google.protobuf;\n\nimport "google/protobuf/any.proto";\nimport "google/protobuf/source_context.proto";\n\noption cc_enable_arenas = true;\noption java_package = "com.google.protobuf";\noption java_outer_classname = "TypeProto";\noption java_multiple_files = true;\noption objc_class_prefix = "GPB";\noption csharp_namespace = "Google.Protobuf.WellKnownTypes";\noption go_package = "google.golang.org/protobuf/types/known/typepb";\n\n// A protocol buffer message type.\n//\n// New usages of this message as an alternative to DescriptorProto are strongly\n// discouraged. This message does not reliability preserve all information\n// necessary to model the schema and preserve semantics. Instead make use of\n// FileDescriptorSet which preserves the necessary information.\nmessage Type {\n  // The fully qualified message name.\n  string name = 1;\n  // The list of fields.\n  repeated Field fields = 2;\n  // The list of types appearing in `oneof` definitions in this type.\n  repeated string oneofs = 3;\n  // The protocol buffer options.\n  repeated Option options = 4;\n  // The source context.\n  SourceContext source_context = 5;\n  // The source syntax.\n  Syntax syntax = 6;\n  // The source edition string, only valid when syntax is SYNTAX_EDITIONS.\n  string edition = 7;\n}\n\n// A single field of a message type.\n//\n// New usages of this message as an alternative to FieldDescriptorProto are\n// strongly discouraged. This message does not reliability preserve all\n// information necessary to model the schema and preserve semantics. Instead\n// make use of FileDescriptorSet which preserves the necessary information.\nmessage Field {\n  // Basic field types.\n  enum Kind {\n    // Field type unknown.\n    TYPE_UNKNOWN = 0;\n    // Field type double.\n    TYPE_DOUBLE = 1;\n    // Field type float.\n    TYPE_FLOAT = 2;\n    // Field type int64.\n    TYPE_INT64 = 3;\n    // Field type uint64.\n    TYPE_UINT64 = 4;\n    // Field type int32.\n    TYPE_INT32 = 5;\n    // Field type fixed64.\n    TYPE_FIXED64 = 6;\n    // Field type fixed32.\n    TYPE_FIXED32 = 7;\n    // Field type bool.\n    TYPE_BOOL = 8;\n    // Field type string.\n    TYPE_STRING = 9;\n    // Field type group. Proto2 syntax only, and deprecated.\n    TYPE_GROUP = 10;\n    // Field type message.\n    TYPE_MESSAGE = 11;\n    // Field type bytes.\n    TYPE_BYTES = 12;\n    // Field type uint32.\n    TYPE_UINT32 = 13;\n    // Field type enum.\n    TYPE_ENUM = 14;\n    // Field type sfixed32.\n    TYPE_SFIXED32 = 15;\n    // Field type sfixed64.\n    TYPE_SFIXED64 = 16;\n    // Field type sint32.\n    TYPE_SINT32 = 17;\n    // Field type sint64.\n    TYPE_SINT64 = 18;\n  }\n\n  // Whether a field is optional, required, or repeated.\n  enum Cardinality {\n    // For fields with unknown cardinality.\n    CARDINALITY_UNKNOWN = 0;\n    // For optional fields.\n    CARDINALITY_OPTIONAL = 1;\n    // For required fields. Proto2 syntax only.\n    CARDINALITY_REQUIRED = 2;\n    // For repeated fields.\n    CARDINALITY_REPEATED = 3;\n  }\n\n  // The field type.\n  Kind kind = 1;\n  // The field cardinality.\n  Cardinality cardinality = 2;\n  // The field number.\n  int32 number = 3;\n  // The field name.\n  string name = 4;\n  // The field type URL, without the scheme, for message or enumeration\n  // types. Example: `"type.googleapis.com/google.protobuf.Timestamp"`.\n  string type_url = 6;\n  // The index of the field type in `Type.oneofs`, for message or enumeration\n  // types. The first type has index 1; zero means the type is not in the list.\n  int32 oneof_index = 7;\n  // Whether to use alternative packed wire representation.\n  bool packed = 8;\n  // The protocol buffer options.\n  repeated Option options = 9;\n  // The field JSON name.\n  string json_name = 10;\n  // The string value of the default value of this field. Proto2 syntax only.\n  string default_value = 11;\n}\n\n// Enum type definition.\n//\n// New usages of this message as an alternative to EnumDescriptorProto are\n// strongly discouraged. This message does not reliability preserve all\n// information necessary to model the schema and preserve semantics. Instead\n// make use of FileDescriptorSet which preserves the necessary information.\nmessage Enum {\n  // Enum type name.\n  string name = 1;\n  // Enum value definitions.\n  repeated EnumValue enumvalue = 2;\n  // Protocol buffer options.\n  repeated Option options = 3;\n  // The source context.\n  SourceContext source_context = 4;\n  // The source syntax.\n  Syntax syntax = 5;\n  // The source edition string, only valid when syntax is SYNTAX_EDITIONS.\n  string edition = 6;\n}\n\n// Enum value definition.\n//\n// New usages of this message as an alternative to EnumValueDescriptorProto are\n// strongly discouraged. This message does not reliability preserve all\n// information necessary to model the schema and preserve semantics. Instead\n// make use of FileDescriptorSet which preserves the necessary information.\nmessage EnumValue {\n  // Enum value name.\n  string name = 1;\n  // Enum value number.\n  int32 number = 2;\n  // Protocol buffer options.\n  repeated Option options = 3;\n}\n\n// A protocol buffer option, which can be attached to a message, field,\n// enumeration, etc.\n//\n// New usages of this message as an alternative to FileOptions, MessageOptions,\n// FieldOptions, EnumOptions, EnumValueOptions, ServiceOptions, or MethodOptions\n// are strongly discouraged.\nmessage Option {\n  // The option\'s name. For protobuf built-in options (options defined in\n  // descriptor.proto), this is the short name. For example, `"map_entry"`.\n  // For custom options, it should be the fully-qualified name. For example,\n  // `"google.api.http"`.\n  string name = 1;\n  // The option\'s value packed in an Any message. If the value is a primitive,\n  // the corresponding wrapper type defined in google/protobuf/wrappers.proto\n  // should be used. If the value is an enum, it should be stored as an int32\n  // value using the google.protobuf.Int32Value type.\n  Any value = 2;\n}\n\n// The syntax in which a protocol buffer element is defined.\nenum Syntax {\n  // Syntax `proto2`.\n  SYNTAX_PROTO2 = 0;\n  // Syntax `proto3`.\n  SYNTAX_PROTO3 = 1;\n  // Syntax `editions`.\n  SYNTAX_EDITIONS = 2;\n}\n', "google/protobuf/wrappers.proto": '// Protocol Buffers - Google\'s data interchange format\n// Copyright 2008 Google Inc.  All rights reserved.\n// https://developers.google.com/protocol-buffers/\n//\n// Redistribution and use in source and binary forms, with or without\n// modification, are permitted provided that the following conditions are\n// met:\n//\n//     * Redistributions of source code must retain the above copyright\n// notice, this list of conditions and the following disclaimer.\n//     * Redistributions in binary form must reproduce the above\n// copyright notice, this list of conditions and the following disclaimer\n// in the documentation and/or other materials provided with the\n// distribution.\n//     * Neither the name of Google Inc. nor the names of its\n// contributors may be used to endorse or promote products derived from\n// this software without specific prior written permission.\n//\n// THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS\n// "AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT\n// LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR\n// A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT\n// OWNER OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL,\n// SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT\n// LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE,\n// DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY\n// THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT\n// (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE\n// OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.\n//\n// Wrappers for primitive (non-message) types. These types were needed\n// for legacy reasons and are not recommended for use in new APIs.\n//\n// Historically these wrappers were useful to have presence on proto3 primitive\n// fields, but proto3 syntax has been updated to support the `optional` keyword.\n// Using that keyword is now the strongly preferred way to add presence to\n// proto3 primitive fields.\n//\n// A secondary usecase was to embed primitives in the `google.protobuf.Any`\n// type: it is now recommended that you embed your value in your own wrapper\n// message which can be specifically documented.\n//\n// These wrappers have no meaningful use within repeated fields as they lack\n// the ability to detect presence on individual elements.\n// These wrappers have no meaningful use within a map or a oneof since\n// individual entries of a map or fields of a oneof can already detect presence.\n\nsyntax = "proto3";\n\npackage google.protobuf;\n\noption cc_enable_arenas = true;\noption go_package = "google.golang.org/protobuf/types/known/wrapperspb";\noption java_package = "com.google.protobuf";\noption java_outer_classname = "WrappersProto";\noption java_multiple_files = true;\noption objc_class_prefix = "GPB";\noption csharp_namespace = "Google.Protobuf.WellKnownTypes";\n\n// Wrapper message for `double`.\n//\n// The JSON representation for `DoubleValue` is JSON number.\n//\n// Not recommended for use in new APIs, but still useful for legacy APIs and\n// has no plan to be removed.\nmessage DoubleValue {\n  // The double value.\n  double value = 1;\n}\n\n// Wrapper message for `float`.\n//\n// The JSON representation for `FloatValue` is JSON number.\n//\n// Not recommended for use in new APIs, but still useful for legacy APIs and\n// has no plan to be removed.\nmessage FloatValue {\n  // The float value.\n  float value = 1;\n}\n\n// Wrapper message for `int64`.\n//\n// The JSON representation for `Int64Value` is JSON string.\n//\n// Not recommended for use in new APIs, but still useful for legacy APIs and\n// has no plan to be removed.\nmessage Int64Value {\n  // The int64 value.\n  int64 value = 1;\n}\n\n// Wrapper message for `uint64`.\n//\n// The JSON representation for `UInt64Value` is JSON string.\n//\n// Not recommended for use in new APIs, but still useful for legacy APIs and\n// has no plan to be removed.\nmessage UInt64Value {\n  // The uint64 value.\n  uint64 value = 1;\n}\n\n// Wrapper message for `int32`.\n//\n// The JSON representation for `Int32Value` is JSON number.\n//\n// Not recommended for use in new APIs, but still useful for legacy APIs and\n// has no plan to be removed.\nmessage Int32Value {\n  // The int32 value.\n  int32 value = 1;\n}\n\n// Wrapper message for `uint32`.\n//\n// The JSON representation for `UInt32Value` is JSON number.\n//\n// Not recommended for use in new APIs, but still useful for legacy APIs and\n// has no plan to be removed.\nmessage UInt32Value {\n  // The uint32 value.\n  uint32 value = 1;\n}\n\n// Wrapper message for `bool`.\n//\n// The JSON representation for `BoolValue` is JSON `true` and `false`.\n//\n// Not recommended for use in new APIs, but still useful for legacy APIs and\n// has no plan to be removed.\nmessage BoolValue {\n  // The bool value.\n  bool value = 1;\n}\n\n// Wrapper message for `string`.\n//\n// The JSON representation for `StringValue` is JSON string.\n//\n// Not recommended for use in new APIs, but still useful for legacy APIs and\n// has no plan to be removed.\nmessage StringValue {\n  // The string value.\n  string value = 1;\n}\n\n// Wrapper message for `bytes`.\n//\n// The JSON representation for `BytesValue` is JSON string.\n//\n// Not recommended for use in new APIs, but still useful for legacy APIs and\n// has no plan to be removed.\nmessage BytesValue {\n  // The bytes value.\n  bytes value = 1;\n}\n' };
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    init_define_PROTOGUARD_WKT();
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar3(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap3;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar3;
    exports.isSeq = isSeq3;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    init_define_PROTOGUARD_WKT();
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key2, node, visitor, path7) {
      const ctrl = callVisitor(key2, node, visitor, path7);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key2, path7, ctrl);
        return visit_(key2, ctrl, visitor, path7);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path7 = Object.freeze(path7.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path7);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path7 = Object.freeze(path7.concat(node));
          const ck = visit_("key", node.key, visitor, path7);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path7);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key2, node, visitor, path7) {
      const ctrl = await callVisitor(key2, node, visitor, path7);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key2, path7, ctrl);
        return visitAsync_(key2, ctrl, visitor, path7);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path7 = Object.freeze(path7.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path7);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path7 = Object.freeze(path7.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path7);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path7);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key2, node, visitor, path7) {
      if (typeof visitor === "function")
        return visitor(key2, node, path7);
      if (identity.isMap(node))
        return visitor.Map?.(key2, node, path7);
      if (identity.isSeq(node))
        return visitor.Seq?.(key2, node, path7);
      if (identity.isPair(node))
        return visitor.Pair?.(key2, node, path7);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key2, node, path7);
      if (identity.isAlias(node))
        return visitor.Alias?.(key2, node, path7);
      return void 0;
    }
    function replaceNode(key2, path7, node) {
      const parent = path7[path7.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key2] = node;
      } else if (identity.isPair(parent)) {
        if (key2 === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    init_define_PROTOGUARD_WKT();
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    init_define_PROTOGUARD_WKT();
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    init_define_PROTOGUARD_WKT();
    function applyReviver(reviver, obj, key2, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key2, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    init_define_PROTOGUARD_WKT();
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    init_define_PROTOGUARD_WKT();
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    init_define_PROTOGUARD_WKT();
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    init_define_PROTOGUARD_WKT();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    init_define_PROTOGUARD_WKT();
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    init_define_PROTOGUARD_WKT();
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path7, value) {
      let v = value;
      for (let i = path7.length - 1; i >= 0; --i) {
        const k = path7[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path7) => path7 == null || typeof path7 === "object" && !!path7[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path7, value) {
        if (isEmptyPath(path7))
          this.add(value);
        else {
          const [key2, ...rest] = path7;
          const node = this.get(key2, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key2, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path7) {
        const [key2, ...rest] = path7;
        if (rest.length === 0)
          return this.delete(key2);
        const node = this.get(key2, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path7, keepScalar) {
        const [key2, ...rest] = path7;
        const node = this.get(key2, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path7) {
        const [key2, ...rest] = path7;
        if (rest.length === 0)
          return this.has(key2);
        const node = this.get(key2, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path7, value) {
        const [key2, ...rest] = path7;
        if (rest.length === 0) {
          this.set(key2, value);
        } else {
          const node = this.get(key2, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key2, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    init_define_PROTOGUARD_WKT();
    var stringifyComment = (str2) => str2.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str2, indent, comment) => str2.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str2.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    init_define_PROTOGUARD_WKT();
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    init_define_PROTOGUARD_WKT();
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str2) => /^(%|---|\.\.\.)/m.test(str2);
    function lineLengthOverLimit(str2, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str2.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str2[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str2 = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str2 += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str2 += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str2 += "\\0";
                    break;
                  case "0007":
                    str2 += "\\a";
                    break;
                  case "000b":
                    str2 += "\\v";
                    break;
                  case "001b":
                    str2 += "\\e";
                    break;
                  case "0085":
                    str2 += "\\N";
                    break;
                  case "00a0":
                    str2 += "\\_";
                    break;
                  case "2028":
                    str2 += "\\L";
                    break;
                  case "2029":
                    str2 += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str2 += "\\x" + code.substr(2);
                    else
                      str2 += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str2 += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str2 += "\n";
                  i += 2;
                }
                str2 += indent;
                if (json[i + 2] === " ")
                  str2 += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str2 = start ? str2 + json.slice(start) : json;
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str2 = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str2);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    init_define_PROTOGUARD_WKT();
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str2 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str2;
      return identity.isScalar(node) || str2[0] === "{" || str2[0] === "[" ? `${props} ${str2}` : `${props}
${ctx.indent}${str2}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    init_define_PROTOGUARD_WKT();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key: key2, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key2) && key2.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key2) || !identity.isNode(key2) && typeof key2 === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key2 || keyComment && value == null && !ctx.inFlow || identity.isCollection(key2) || (identity.isScalar(key2) ? key2.type === Scalar.Scalar.BLOCK_FOLDED || key2.type === Scalar.Scalar.BLOCK_LITERAL : typeof key2 === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str2 = stringify.stringify(key2, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str2.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str2 === "" ? "?" : explicitKey ? `? ${str2}` : str2;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str2 = `? ${str2}`;
        if (keyComment && !keyCommentDone) {
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str2;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        str2 = `? ${str2}
${indent}:`;
      } else {
        str2 = `${str2}:`;
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str2.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str2 += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str2;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    init_define_PROTOGUARD_WKT();
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    init_define_PROTOGUARD_WKT();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key2) => (merge.identify(key2) || identity.isScalar(key2) && (!key2.type || key2.type === Scalar.Scalar.PLAIN) && merge.identify(key2.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key2, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key2))
            map.set(key2, value2);
        } else if (map instanceof Set) {
          map.add(key2);
        } else if (!Object.prototype.hasOwnProperty.call(map, key2)) {
          Object.defineProperty(map, key2, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    init_define_PROTOGUARD_WKT();
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key: key2, value }) {
      if (identity.isNode(key2) && key2.addToJSMap)
        key2.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key2))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key2, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key2, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key2, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key2) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key2.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    init_define_PROTOGUARD_WKT();
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key2, value, ctx) {
      const k = createNode.createNode(key2, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key2, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key2;
        this.value = value;
      }
      clone(schema) {
        let { key: key2, value } = this;
        if (identity.isNode(key2))
          key2 = key2.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key2, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    init_define_PROTOGUARD_WKT();
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str3 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str3 += stringifyComment.lineComment(str3, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str3);
      }
      let str2;
      if (lines.length === 0) {
        str2 = flowChars.start + flowChars.end;
      } else {
        str2 = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str2 += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str2 += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str2;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str2 = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str2.includes("\n"));
        if (i < items.length - 1) {
          str2 += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str2.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str2 += ",";
          }
        }
        if (comment)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment));
        lines.push(str2);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str2 = start;
          for (const line of lines)
            str2 += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str2}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    init_define_PROTOGUARD_WKT();
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key2) {
      const k = identity.isScalar(key2) ? key2.value : key2;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key2 || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key2, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key2, value);
          else if (Array.isArray(replacer) && !replacer.includes(key2))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key2, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key2, value] of obj)
            add(key2, value);
        } else if (obj && typeof obj === "object") {
          for (const key2 of Object.keys(obj))
            add(key2, obj[key2]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key2) {
        const it = findPair(this.items, key2);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key2, keepScalar) {
        const it = findPair(this.items, key2);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key2) {
        return !!findPair(this.items, key2);
      }
      set(key2, value) {
        this.add(new Pair.Pair(key2, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    init_define_PROTOGUARD_WKT();
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    init_define_PROTOGUARD_WKT();
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key2) {
        const idx = asItemIndex(key2);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key2, keepScalar) {
        const idx = asItemIndex(key2);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key2) {
        const idx = asItemIndex(key2);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key2, value) {
        const idx = asItemIndex(key2);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key2}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq2 = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq2);
        let i = 0;
        for (const item of this.items)
          seq2.push(toJS.toJS(item, String(i++), ctx));
        return seq2;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq2 = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key2 = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key2, it);
            }
            seq2.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq2;
      }
    };
    function asItemIndex(key2) {
      let idx = identity.isScalar(key2) ? key2.value : key2;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    init_define_PROTOGUARD_WKT();
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq2 = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq3, onError) {
        if (!identity.isSeq(seq3))
          onError("Expected a sequence for this tag");
        return seq3;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq2;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    init_define_PROTOGUARD_WKT();
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str2) => str2,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    init_define_PROTOGUARD_WKT();
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    init_define_PROTOGUARD_WKT();
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str2) => new Scalar.Scalar(str2[0] === "t" || str2[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    init_define_PROTOGUARD_WKT();
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    init_define_PROTOGUARD_WKT();
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2));
        const dot = str2.indexOf(".");
        if (dot !== -1 && str2[str2.length - 1] === "0")
          node.minFractionDigits = str2.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    init_define_PROTOGUARD_WKT();
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str2, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    init_define_PROTOGUARD_WKT();
    var map = require_map();
    var _null = require_null();
    var seq2 = require_seq();
    var string = require_string();
    var bool2 = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq2.seq,
      string.string,
      _null.nullTag,
      bool2.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    init_define_PROTOGUARD_WKT();
    var Scalar = require_Scalar();
    var map = require_map();
    var seq2 = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str2) => str2,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str2) => str2 === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str2, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str2) => parseFloat(str2),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str2, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str2)}`);
        return str2;
      }
    };
    var schema = [map.map, seq2.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    init_define_PROTOGUARD_WKT();
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str2 = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str2.length);
          for (let i = 0; i < str2.length; ++i)
            buffer[i] = str2.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str2;
        if (typeof node_buffer.Buffer === "function") {
          str2 = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str2 = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str2.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str2.substr(o, lineWidth);
          }
          str2 = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str2 }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    init_define_PROTOGUARD_WKT();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq2, onError) {
      if (identity.isSeq(seq2)) {
        for (let i = 0; i < seq2.items.length; ++i) {
          let item = seq2.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq2.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq2;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key2, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key2 = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key2 = keys[0];
              value = it[key2];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key2 = it;
          }
          pairs2.items.push(Pair.createPair(key2, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    init_define_PROTOGUARD_WKT();
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key2, value;
          if (identity.isPair(pair)) {
            key2 = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key2, ctx);
          } else {
            key2 = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key2))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key2, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq2, onError) {
        const pairs$1 = pairs.resolvePairs(seq2, onError);
        const seenKeys = [];
        for (const { key: key2 } of pairs$1.items) {
          if (identity.isScalar(key2)) {
            if (seenKeys.includes(key2.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key2.value}`);
            } else {
              seenKeys.push(key2.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    init_define_PROTOGUARD_WKT();
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    init_define_PROTOGUARD_WKT();
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2.replace(/_/g, "")));
        const dot = str2.indexOf(".");
        if (dot !== -1) {
          const f = str2.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    init_define_PROTOGUARD_WKT();
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str2, offset, radix, { intAsBigInt }) {
      const sign = str2[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str2 = str2.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str2 = `0b${str2}`;
            break;
          case 8:
            str2 = `0o${str2}`;
            break;
          case 16:
            str2 = `0x${str2}`;
            break;
        }
        const n2 = BigInt(str2);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str2, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str2 = value.toString(radix);
        return value < 0 ? "-" + prefix + str2.substr(1) : prefix + str2;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    init_define_PROTOGUARD_WKT();
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key2) {
        let pair;
        if (identity.isPair(key2))
          pair = key2;
        else if (key2 && typeof key2 === "object" && "key" in key2 && "value" in key2 && key2.value === null)
          pair = new Pair.Pair(key2.key, null);
        else
          pair = new Pair.Pair(key2, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key2, keepPair) {
        const pair = YAMLMap.findPair(this.items, key2);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key2, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key2);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key2));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    init_define_PROTOGUARD_WKT();
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str2, asBigInt) {
      const sign = str2[0];
      const parts = sign === "-" || sign === "+" ? str2.substring(1) : str2;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str2, _onError, { intAsBigInt }) => parseSexagesimal(str2, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str2) => parseSexagesimal(str2, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str2) {
        const match = str2.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    init_define_PROTOGUARD_WKT();
    var map = require_map();
    var _null = require_null();
    var seq2 = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool2 = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq2.seq,
      string.string,
      _null.nullTag,
      bool2.trueTag,
      bool2.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    init_define_PROTOGUARD_WKT();
    var map = require_map();
    var _null = require_null();
    var seq2 = require_seq();
    var string = require_string();
    var bool2 = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq2.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool2.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq2.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key2) => key2 !== "yaml11").map((key2) => JSON.stringify(key2)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key2) => JSON.stringify(key2)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    init_define_PROTOGUARD_WKT();
    var identity = require_identity();
    var map = require_map();
    var seq2 = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq2.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    init_define_PROTOGUARD_WKT();
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    init_define_PROTOGUARD_WKT();
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path7, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path7, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key2, value, options = {}) {
        const k = this.createNode(key2, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key2) {
        return assertCollection(this.contents) ? this.contents.delete(key2) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path7) {
        if (Collection.isEmptyPath(path7)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path7) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key2, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key2, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path7, keepScalar) {
        if (Collection.isEmptyPath(path7))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path7, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key2) {
        return identity.isCollection(this.contents) ? this.contents.has(key2) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path7) {
        if (Collection.isEmptyPath(path7))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path7) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key2, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key2], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key2, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path7, value) {
        if (Collection.isEmptyPath(path7)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path7), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path7, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    init_define_PROTOGUARD_WKT();
    var YAMLError = class extends Error {
      constructor(name, pos, code, message2) {
        super();
        this.name = name;
        this.code = code;
        this.message = message2;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message2) {
        super("YAMLParseError", pos, code, message2);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message2) {
        super("YAMLWarning", pos, code, message2);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "…" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "…";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "…\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    init_define_PROTOGUARD_WKT();
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    init_define_PROTOGUARD_WKT();
    function containsNewline(key2) {
      if (!key2)
        return null;
      switch (key2.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key2.source.includes("\n"))
            return true;
          if (key2.end) {
            for (const st of key2.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key2.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    init_define_PROTOGUARD_WKT();
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    init_define_PROTOGUARD_WKT();
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    init_define_PROTOGUARD_WKT();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key: key2, sep: sep3, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key2 ?? sep3?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key2) {
            if (key2.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key2 && key2.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep3) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key2)) {
            onError(key2 ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key2 ? composeNode(ctx, key2, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key2, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep3 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key2 || key2.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep3, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    init_define_PROTOGUARD_WKT();
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq2 = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq2.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq2.items.push(node);
      }
      seq2.range = [bs.offset, offset, commentEnd ?? offset];
      return seq2;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    init_define_PROTOGUARD_WKT();
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep3 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep3 + cb;
              sep3 = "";
              break;
            }
            case "newline":
              if (comment)
                sep3 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    init_define_PROTOGUARD_WKT();
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap3 = fc.start.source === "{";
      const fcName = isMap3 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap3 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key: key2, sep: sep3, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key2 ?? sep3?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep3 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap3 && ctx.options.strict && utilContainsNewline.containsNewline(key2))
            onError(
              key2,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap3 && !sep3 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep3, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key2 ? composeNode(ctx, key2, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key2))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep3 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap3 && !props.found && ctx.options.strict) {
              if (sep3)
                for (const st of sep3) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep3, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap3) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap3 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    init_define_PROTOGUARD_WKT();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message2 = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message2);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    init_define_PROTOGUARD_WKT();
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message2 = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message2);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message2 = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message2);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep3 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message2 = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message2);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep3 + indent.slice(trimIndent) + content;
          sep3 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep3 === " ")
            sep3 = "\n";
          else if (!prevMoreIndented && sep3 === "\n")
            sep3 = "\n\n";
          value += sep3 + indent.slice(trimIndent) + content;
          sep3 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep3 === "\n")
            value += "\n";
          else
            sep3 = "\n";
        } else {
          value += sep3 + content;
          sep3 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message2 = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message2);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message2 = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message2);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    init_define_PROTOGUARD_WKT();
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep3 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep3 === "\n")
            res += sep3;
          else
            sep3 = "\n";
        } else {
          res += sep3 + lm;
          sep3 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep3 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "",
      // Unicode next line
      _: " ",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    init_define_PROTOGUARD_WKT();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    init_define_PROTOGUARD_WKT();
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    init_define_PROTOGUARD_WKT();
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message2 = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message2);
          }
          break;
        default: {
          const message2 = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message2);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    init_define_PROTOGUARD_WKT();
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    init_define_PROTOGUARD_WKT();
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message2, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message2));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message2));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message2, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message2, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    init_define_PROTOGUARD_WKT();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message2) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message2);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message2);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key2 of Object.keys(token))
          if (key2 !== "type" && key2 !== "offset")
            delete token[key2];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key2 of Object.keys(token))
            if (key2 !== "type" && key2 !== "offset")
              delete token[key2];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    init_define_PROTOGUARD_WKT();
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key: key2, sep: sep3, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key2)
        res += stringifyToken(key2);
      if (sep3)
        for (const st of sep3)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    init_define_PROTOGUARD_WKT();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path7) => {
      let item = cst;
      for (const [field2, index] of path7) {
        const tok = item?.[field2];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path7) => {
      const parent = visit.itemAtPath(cst, path7.slice(0, -1));
      const field2 = path7[path7.length - 1][0];
      const coll = parent?.[field2];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path7, item, visitor) {
      let ctrl = visitor(item, path7);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field2 of ["key", "value"]) {
        const token = item[field2];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path7.concat([[field2, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field2 === "key")
            ctrl = ctrl(item, path7);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path7) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    init_define_PROTOGUARD_WKT();
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar3 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar3;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    init_define_PROTOGUARD_WKT();
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote2 = this.charAt(0);
        let end = this.buffer.indexOf(quote2, this.pos + 1);
        if (quote2 === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    init_define_PROTOGUARD_WKT();
    var LineCounter3 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter3;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    init_define_PROTOGUARD_WKT();
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser2 = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message2 = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message: message2, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message2 = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message: message2 };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep3;
          if (scalar.end) {
            sep3 = scalar.end;
            sep3.push(this.sourceToken);
            delete scalar.end;
          } else
            sep3 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep3 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key2 = it.key;
                  const sep3 = it.sep;
                  sep3.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key: key2, sep: sep3 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq2) {
        const it = seq2.items[seq2.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq2.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq2.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq2.indent)) {
                const prev = seq2.items[seq2.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq2.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq2.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq2.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq2.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq2.indent) {
          const bv = this.startBlockValue(seq2);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep3 = fc.end.splice(1, fc.end.length);
            sep3.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep3 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser2;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    init_define_PROTOGUARD_WKT();
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument3(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse3(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument3(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse3;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument3;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    init_define_PROTOGUARD_WKT();
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// src/cli/index.ts
init_define_PROTOGUARD_WKT();

// src/cli/main.ts
init_define_PROTOGUARD_WKT();
import { writeFileSync } from "node:fs";
import * as path6 from "node:path";

// src/compiler/compile.ts
init_define_PROTOGUARD_WKT();

// src/compiler/linker.ts
init_define_PROTOGUARD_WKT();

// src/compiler/descriptors.ts
init_define_PROTOGUARD_WKT();

// node_modules/@bufbuild/protobuf/dist/esm/index.js
init_define_PROTOGUARD_WKT();

// node_modules/@bufbuild/protobuf/dist/esm/is-message.js
init_define_PROTOGUARD_WKT();
function isMessage(arg, schema) {
  const isMessage2 = arg !== null && typeof arg == "object" && "$typeName" in arg && typeof arg.$typeName == "string";
  if (!isMessage2) {
    return false;
  }
  if (schema === void 0) {
    return true;
  }
  return schema.typeName === arg.$typeName;
}

// node_modules/@bufbuild/protobuf/dist/esm/create.js
init_define_PROTOGUARD_WKT();

// node_modules/@bufbuild/protobuf/dist/esm/descriptors.js
init_define_PROTOGUARD_WKT();
var ScalarType;
(function(ScalarType2) {
  ScalarType2[ScalarType2["DOUBLE"] = 1] = "DOUBLE";
  ScalarType2[ScalarType2["FLOAT"] = 2] = "FLOAT";
  ScalarType2[ScalarType2["INT64"] = 3] = "INT64";
  ScalarType2[ScalarType2["UINT64"] = 4] = "UINT64";
  ScalarType2[ScalarType2["INT32"] = 5] = "INT32";
  ScalarType2[ScalarType2["FIXED64"] = 6] = "FIXED64";
  ScalarType2[ScalarType2["FIXED32"] = 7] = "FIXED32";
  ScalarType2[ScalarType2["BOOL"] = 8] = "BOOL";
  ScalarType2[ScalarType2["STRING"] = 9] = "STRING";
  ScalarType2[ScalarType2["BYTES"] = 12] = "BYTES";
  ScalarType2[ScalarType2["UINT32"] = 13] = "UINT32";
  ScalarType2[ScalarType2["SFIXED32"] = 15] = "SFIXED32";
  ScalarType2[ScalarType2["SFIXED64"] = 16] = "SFIXED64";
  ScalarType2[ScalarType2["SINT32"] = 17] = "SINT32";
  ScalarType2[ScalarType2["SINT64"] = 18] = "SINT64";
})(ScalarType || (ScalarType = {}));

// node_modules/@bufbuild/protobuf/dist/esm/reflect/scalar.js
init_define_PROTOGUARD_WKT();

// node_modules/@bufbuild/protobuf/dist/esm/proto-int64.js
init_define_PROTOGUARD_WKT();

// node_modules/@bufbuild/protobuf/dist/esm/wire/varint.js
init_define_PROTOGUARD_WKT();
function varint64read() {
  const buf = this.buf;
  let pos = this.pos;
  let lo = 0;
  let hi = 0;
  for (let shift = 0; shift < 28; shift += 7) {
    const b = buf[pos++];
    lo |= (b & 127) << shift;
    if ((b & 128) == 0) {
      this.pos = pos;
      this.assertBounds();
      this.varint64Lo = lo;
      this.varint64Hi = hi;
      return;
    }
  }
  const middleByte = buf[pos++];
  lo |= (middleByte & 15) << 28;
  hi = (middleByte & 112) >> 4;
  if ((middleByte & 128) == 0) {
    this.pos = pos;
    this.assertBounds();
    this.varint64Lo = lo;
    this.varint64Hi = hi;
    return;
  }
  for (let shift = 3; shift <= 31; shift += 7) {
    const b = buf[pos++];
    hi |= (b & 127) << shift;
    if ((b & 128) == 0) {
      this.pos = pos;
      this.assertBounds();
      this.varint64Lo = lo;
      this.varint64Hi = hi;
      return;
    }
  }
  throw new Error("invalid varint");
}
var TWO_PWR_32_DBL = 4294967296;
function int64FromString(dec) {
  const minus = dec[0] === "-";
  if (minus) {
    dec = dec.slice(1);
  }
  const base = 1e6;
  let lowBits = 0;
  let highBits = 0;
  function add1e6digit(begin, end) {
    const digit1e6 = Number(dec.slice(begin, end));
    highBits *= base;
    lowBits = lowBits * base + digit1e6;
    if (lowBits >= TWO_PWR_32_DBL) {
      highBits = highBits + (lowBits / TWO_PWR_32_DBL | 0);
      lowBits = lowBits % TWO_PWR_32_DBL;
    }
  }
  add1e6digit(-24, -18);
  add1e6digit(-18, -12);
  add1e6digit(-12, -6);
  add1e6digit(-6);
  return minus ? negate(lowBits, highBits) : newBits(lowBits, highBits);
}
function int64ToString(lo, hi) {
  let bits = newBits(lo, hi);
  const negative = bits.hi & 2147483648;
  if (negative) {
    bits = negate(bits.lo, bits.hi);
  }
  const result = uInt64ToString(bits.lo, bits.hi);
  return negative ? "-" + result : result;
}
function uInt64ToString(lo, hi) {
  ({ lo, hi } = toUnsigned(lo, hi));
  if (hi <= 2097151) {
    return String(TWO_PWR_32_DBL * hi + lo);
  }
  const low = lo & 16777215;
  const mid = (lo >>> 24 | hi << 8) & 16777215;
  const high = hi >> 16 & 65535;
  let digitA = low + mid * 6777216 + high * 6710656;
  let digitB = mid + high * 8147497;
  let digitC = high * 2;
  const base = 1e7;
  if (digitA >= base) {
    digitB += Math.floor(digitA / base);
    digitA %= base;
  }
  if (digitB >= base) {
    digitC += Math.floor(digitB / base);
    digitB %= base;
  }
  return digitC.toString() + decimalFrom1e7WithLeadingZeros(digitB) + decimalFrom1e7WithLeadingZeros(digitA);
}
function toUnsigned(lo, hi) {
  return { lo: lo >>> 0, hi: hi >>> 0 };
}
function newBits(lo, hi) {
  return { lo: lo | 0, hi: hi | 0 };
}
function negate(lowBits, highBits) {
  highBits = ~highBits;
  if (lowBits) {
    lowBits = ~lowBits + 1;
  } else {
    highBits += 1;
  }
  return newBits(lowBits, highBits);
}
var decimalFrom1e7WithLeadingZeros = (digit1e7) => {
  const partial = String(digit1e7);
  return "0000000".slice(partial.length) + partial;
};
function varint32write(value, bytes) {
  if (value >>> 0 < 128) {
    bytes.push(value);
    return;
  }
  if (value >= 0) {
    while (value > 127) {
      bytes.push(value & 127 | 128);
      value = value >>> 7;
    }
    bytes.push(value);
  } else {
    for (let i = 0; i < 9; i++) {
      bytes.push(value & 127 | 128);
      value = value >> 7;
    }
    bytes.push(1);
  }
}
function varint32read() {
  let b = this.buf[this.pos++];
  if ((b & 128) === 0) {
    this.assertBounds();
    return b;
  }
  let result = b & 127;
  b = this.buf[this.pos++];
  result |= (b & 127) << 7;
  if ((b & 128) === 0) {
    this.assertBounds();
    return result;
  }
  b = this.buf[this.pos++];
  result |= (b & 127) << 14;
  if ((b & 128) === 0) {
    this.assertBounds();
    return result;
  }
  b = this.buf[this.pos++];
  result |= (b & 127) << 21;
  if ((b & 128) === 0) {
    this.assertBounds();
    return result;
  }
  b = this.buf[this.pos++];
  result |= (b & 15) << 28;
  for (let readBytes = 5; (b & 128) !== 0 && readBytes < 10; readBytes++)
    b = this.buf[this.pos++];
  if ((b & 128) !== 0)
    throw new Error("invalid varint");
  this.assertBounds();
  return result >>> 0;
}

// node_modules/@bufbuild/protobuf/dist/esm/proto-int64.js
var protoInt64 = /* @__PURE__ */ makeInt64Support();
function makeInt64Support() {
  const dv = new DataView(new ArrayBuffer(8));
  const ok = typeof BigInt === "function" && typeof dv.getBigInt64 === "function" && typeof dv.getBigUint64 === "function" && typeof dv.setBigInt64 === "function" && typeof dv.setBigUint64 === "function" && (!!globalThis.Deno || !!globalThis.Bun || typeof process != "object" || typeof process.env != "object" || process.env.BUF_BIGINT_DISABLE !== "1");
  if (ok) {
    const MIN = BigInt("-9223372036854775808");
    const MAX = BigInt("9223372036854775807");
    const UMIN = BigInt("0");
    const UMAX = BigInt("18446744073709551615");
    return {
      zero: BigInt(0),
      supported: true,
      parse(value) {
        const bi = typeof value == "bigint" ? value : BigInt(value);
        if (bi > MAX || bi < MIN) {
          throw new Error(`invalid int64: ${value}`);
        }
        return bi;
      },
      uParse(value) {
        const bi = typeof value == "bigint" ? value : BigInt(value);
        if (bi > UMAX || bi < UMIN) {
          throw new Error(`invalid uint64: ${value}`);
        }
        return bi;
      },
      enc(value) {
        dv.setBigInt64(0, this.parse(value), true);
        return {
          lo: dv.getInt32(0, true),
          hi: dv.getInt32(4, true)
        };
      },
      uEnc(value) {
        dv.setBigInt64(0, this.uParse(value), true);
        return {
          lo: dv.getInt32(0, true),
          hi: dv.getInt32(4, true)
        };
      },
      dec(lo, hi) {
        dv.setInt32(0, lo, true);
        dv.setInt32(4, hi, true);
        return dv.getBigInt64(0, true);
      },
      uDec(lo, hi) {
        dv.setInt32(0, lo, true);
        dv.setInt32(4, hi, true);
        return dv.getBigUint64(0, true);
      }
    };
  }
  return {
    zero: "0",
    supported: false,
    parse(value) {
      if (typeof value != "string") {
        value = value.toString();
      }
      assertInt64String(value);
      return value;
    },
    uParse(value) {
      if (typeof value != "string") {
        value = value.toString();
      }
      assertUInt64String(value);
      return value;
    },
    enc(value) {
      if (typeof value != "string") {
        value = value.toString();
      }
      assertInt64String(value);
      return int64FromString(value);
    },
    uEnc(value) {
      if (typeof value != "string") {
        value = value.toString();
      }
      assertUInt64String(value);
      return int64FromString(value);
    },
    dec(lo, hi) {
      return int64ToString(lo, hi);
    },
    uDec(lo, hi) {
      return uInt64ToString(lo, hi);
    }
  };
}
function assertInt64String(value) {
  if (!/^-?[0-9]+$/.test(value)) {
    throw new Error("invalid int64: " + value);
  }
}
function assertUInt64String(value) {
  if (!/^[0-9]+$/.test(value)) {
    throw new Error("invalid uint64: " + value);
  }
}

// node_modules/@bufbuild/protobuf/dist/esm/reflect/scalar.js
function scalarZeroValue(type, longAsString) {
  switch (type) {
    case ScalarType.STRING:
      return "";
    case ScalarType.BOOL:
      return false;
    case ScalarType.DOUBLE:
    case ScalarType.FLOAT:
      return 0;
    case ScalarType.INT64:
    case ScalarType.UINT64:
    case ScalarType.SFIXED64:
    case ScalarType.FIXED64:
    case ScalarType.SINT64:
      return longAsString ? "0" : protoInt64.zero;
    case ScalarType.BYTES:
      return new Uint8Array(0);
    default:
      return 0;
  }
}
function isScalarZeroValue(type, value) {
  switch (type) {
    case ScalarType.BOOL:
      return value === false;
    case ScalarType.STRING:
      return value === "";
    case ScalarType.BYTES:
      return value instanceof Uint8Array && !value.byteLength;
    case ScalarType.DOUBLE:
    case ScalarType.FLOAT:
      return Object.is(value, 0);
    default:
      return value == 0;
  }
}

// node_modules/@bufbuild/protobuf/dist/esm/reflect/guard.js
init_define_PROTOGUARD_WKT();

// node_modules/@bufbuild/protobuf/dist/esm/reflect/unsafe.js
init_define_PROTOGUARD_WKT();
var IMPLICIT = 2;
var unsafeLocal = /* @__PURE__ */ Symbol.for("reflect unsafe local");
function unsafeOneofCase(target, oneof) {
  const c = target[oneof.localName].case;
  if (c === void 0) {
    return c;
  }
  return oneof.fields.find((f) => f.localName === c);
}
function unsafeIsSet(target, field2) {
  const name = field2.localName;
  if (field2.oneof) {
    return target[field2.oneof.localName].case === name;
  }
  if (field2.presence != IMPLICIT) {
    return target[name] !== void 0 && Object.prototype.hasOwnProperty.call(target, name);
  }
  switch (field2.fieldKind) {
    case "list":
      return target[name].length > 0;
    case "map":
      return Object.keys(target[name]).length > 0;
    case "scalar":
      return !isScalarZeroValue(field2.scalar, target[name]);
    case "enum":
      return target[name] !== field2.enum.values[0].number;
  }
  throw new Error("message field with implicit presence");
}
function unsafeIsSetExplicit(target, localName) {
  return Object.prototype.hasOwnProperty.call(target, localName) && target[localName] !== void 0;
}
function unsafeGet(target, field2) {
  if (field2.oneof) {
    const oneof = target[field2.oneof.localName];
    if (oneof.case === field2.localName) {
      return oneof.value;
    }
    return void 0;
  }
  return target[field2.localName];
}
function unsafeSet(target, field2, value) {
  if (field2.oneof) {
    target[field2.oneof.localName] = {
      case: field2.localName,
      value
    };
  } else {
    target[field2.localName] = value;
  }
}
function setOwn(obj, key2, value) {
  if (key2 === "__proto__") {
    Object.defineProperty(obj, "__proto__", {
      value,
      writable: true,
      enumerable: true,
      configurable: true
    });
  } else {
    obj[key2] = value;
  }
}
function getOwn(obj, key2) {
  return Object.prototype.hasOwnProperty.call(obj, key2) ? obj[key2] : void 0;
}
function unsafeClear(target, field2) {
  const name = field2.localName;
  if (field2.oneof) {
    const oneofLocalName = field2.oneof.localName;
    if (target[oneofLocalName].case === name) {
      target[oneofLocalName] = { case: void 0 };
    }
  } else if (field2.presence != IMPLICIT) {
    delete target[name];
  } else {
    switch (field2.fieldKind) {
      case "map":
        target[name] = {};
        break;
      case "list":
        target[name] = [];
        break;
      case "enum":
        target[name] = field2.enum.values[0].number;
        break;
      case "scalar":
        target[name] = scalarZeroValue(field2.scalar, field2.longAsString);
        break;
    }
  }
}

// node_modules/@bufbuild/protobuf/dist/esm/reflect/guard.js
function isObject(arg) {
  return arg !== null && typeof arg == "object" && !Array.isArray(arg);
}
function isReflectList(arg, field2) {
  var _a, _b, _c, _d;
  if (isObject(arg) && unsafeLocal in arg && "add" in arg && "field" in arg && typeof arg.field == "function") {
    if (field2 !== void 0) {
      const a = field2;
      const b = arg.field();
      return a.listKind == b.listKind && a.scalar === b.scalar && ((_a = a.message) === null || _a === void 0 ? void 0 : _a.typeName) === ((_b = b.message) === null || _b === void 0 ? void 0 : _b.typeName) && ((_c = a.enum) === null || _c === void 0 ? void 0 : _c.typeName) === ((_d = b.enum) === null || _d === void 0 ? void 0 : _d.typeName);
    }
    return true;
  }
  return false;
}
function isReflectMap(arg, field2) {
  var _a, _b, _c, _d;
  if (isObject(arg) && unsafeLocal in arg && "has" in arg && "field" in arg && typeof arg.field == "function") {
    if (field2 !== void 0) {
      const a = field2, b = arg.field();
      return a.mapKey === b.mapKey && a.mapKind == b.mapKind && a.scalar === b.scalar && ((_a = a.message) === null || _a === void 0 ? void 0 : _a.typeName) === ((_b = b.message) === null || _b === void 0 ? void 0 : _b.typeName) && ((_c = a.enum) === null || _c === void 0 ? void 0 : _c.typeName) === ((_d = b.enum) === null || _d === void 0 ? void 0 : _d.typeName);
    }
    return true;
  }
  return false;
}
function isReflectMessage(arg, messageDesc2) {
  return isObject(arg) && unsafeLocal in arg && "desc" in arg && isObject(arg.desc) && arg.desc.kind === "message" && (messageDesc2 === void 0 || arg.desc.typeName == messageDesc2.typeName);
}

// node_modules/@bufbuild/protobuf/dist/esm/wkt/wrappers.js
init_define_PROTOGUARD_WKT();
function isWrapper(arg) {
  return isWrapperTypeName(arg.$typeName);
}
function isWrapperDesc(messageDesc2) {
  const f = messageDesc2.fields[0];
  return isWrapperTypeName(messageDesc2.typeName) && f !== void 0 && f.fieldKind == "scalar" && f.name == "value" && f.number == 1;
}
function hasCustomJsonRepresentation(desc) {
  switch (desc.typeName) {
    case "google.protobuf.Any":
    case "google.protobuf.Timestamp":
    case "google.protobuf.Duration":
    case "google.protobuf.FieldMask":
    case "google.protobuf.Struct":
    case "google.protobuf.Value":
    case "google.protobuf.ListValue":
      return true;
    default:
      return isWrapperDesc(desc);
  }
}
var wrapperTypeNames = /* @__PURE__ */ new Set([
  "google.protobuf.DoubleValue",
  "google.protobuf.FloatValue",
  "google.protobuf.Int64Value",
  "google.protobuf.UInt64Value",
  "google.protobuf.Int32Value",
  "google.protobuf.UInt32Value",
  "google.protobuf.BoolValue",
  "google.protobuf.StringValue",
  "google.protobuf.BytesValue"
]);
function isWrapperTypeName(name) {
  return wrapperTypeNames.has(name);
}

// node_modules/@bufbuild/protobuf/dist/esm/create.js
var EDITION_PROTO3 = 999;
var EDITION_PROTO2 = 998;
var IMPLICIT2 = 2;
function create(schema, init) {
  if (isMessage(init, schema)) {
    return init;
  }
  return compiledCreate(schema)(init);
}
var compiledCreates = /* @__PURE__ */ new WeakMap();
function compiledCreate(desc) {
  let compiled = compiledCreates.get(desc);
  if (compiled === void 0) {
    compiled = compileCreate(desc);
    compiledCreates.set(desc, compiled);
  }
  return compiled;
}
var INIT_SINGULAR = 0;
var INIT_LIST = 1;
var INIT_MAP = 2;
var INIT_ONEOF = 3;
function compileCreate(desc) {
  const typeName = desc.typeName;
  const { properties, prototype } = compileInitMessage(desc);
  return (init) => {
    let message2;
    if (prototype !== void 0) {
      message2 = Object.create(prototype);
      message2.$typeName = typeName;
    } else {
      message2 = { $typeName: typeName };
    }
    for (let i = 0; i < properties.length; i++) {
      const property = properties[i];
      const name = property.name;
      const initValue = init === null || init === void 0 ? void 0 : init[name];
      switch (property.kind) {
        case INIT_SINGULAR:
          if (initValue != null) {
            message2[name] = property.convert !== void 0 ? property.convert(initValue) : initValue;
          } else if (property.constant !== void 0) {
            message2[name] = property.constant;
          }
          break;
        case INIT_LIST:
          message2[name] = property.convert !== void 0 && Array.isArray(initValue) ? initValue.map(property.convert) : initValue !== null && initValue !== void 0 ? initValue : [];
          break;
        case INIT_MAP:
          if (property.convert === void 0 || !isObject(initValue)) {
            message2[name] = initValue !== null && initValue !== void 0 ? initValue : {};
          } else {
            const converted = {};
            const keys = Object.keys(initValue);
            for (let k = 0; k < keys.length; k++) {
              setOwn(converted, keys[k], property.convert(initValue[keys[k]]));
            }
            message2[name] = converted;
          }
          break;
        case INIT_ONEOF: {
          const oneofValue = initValue;
          if ((oneofValue === null || oneofValue === void 0 ? void 0 : oneofValue.case) != null) {
            const convert = property.convert.get(oneofValue.case);
            if (convert !== void 0) {
              message2[name] = {
                case: oneofValue.case,
                value: convert(oneofValue.value)
              };
              break;
            }
          }
          message2[name] = { case: void 0 };
          break;
        }
      }
    }
    return message2;
  };
}
function compileInitMessage(desc) {
  var _a, _b;
  const properties = [];
  const prototype = {};
  const usePrototype = needsPrototypeChain(desc);
  for (const member of desc.members) {
    const name = member.localName;
    if (member.kind == "oneof") {
      properties.push({
        name,
        kind: INIT_ONEOF,
        constant: void 0,
        convert: compileConvertOneof(member)
      });
      continue;
    }
    switch (member.fieldKind) {
      case "message": {
        properties.push({
          name,
          kind: INIT_SINGULAR,
          constant: void 0,
          convert: compileConvertMessage(member)
        });
        break;
      }
      case "list": {
        properties.push({
          name,
          kind: INIT_LIST,
          constant: void 0,
          convert: member.listKind == "message" ? (_a = compileConvertMessage(member)) !== null && _a !== void 0 ? _a : ((value) => value) : member.scalar == ScalarType.BYTES ? toU8Arr : void 0
        });
        break;
      }
      case "map": {
        properties.push({
          name,
          kind: INIT_MAP,
          constant: void 0,
          convert: member.mapKind == "message" ? (_b = compileConvertMessage(member)) !== null && _b !== void 0 ? _b : ((value) => value) : member.scalar == ScalarType.BYTES ? toU8Arr : void 0
        });
        break;
      }
      default: {
        const zeroValue = createZeroValue(member);
        properties.push({
          name,
          kind: INIT_SINGULAR,
          constant: member.presence == IMPLICIT2 ? zeroValue : void 0,
          convert: member.fieldKind == "scalar" && member.scalar == ScalarType.BYTES ? toU8Arr : void 0
        });
        if (usePrototype) {
          prototype[name] = zeroValue;
        }
        break;
      }
    }
  }
  return {
    properties,
    prototype: usePrototype ? prototype : void 0
  };
}
function compileConvertOneof(oneof) {
  const converters = /* @__PURE__ */ new Map();
  for (const field2 of oneof.fields) {
    let convert;
    if (field2.fieldKind == "message") {
      convert = compileConvertMessage(field2);
    } else if (field2.fieldKind == "scalar" && field2.scalar == ScalarType.BYTES) {
      convert = toU8Arr;
    }
    converters.set(field2.localName, convert !== null && convert !== void 0 ? convert : ((value) => value));
  }
  return converters;
}
function compileConvertMessage(field2) {
  if (field2.fieldKind == "message" && !field2.oneof && isWrapperDesc(field2.message)) {
    return field2.message.fields[0].scalar == ScalarType.BYTES ? toU8Arr : void 0;
  }
  if (field2.message.typeName == "google.protobuf.Struct" && field2.parent.typeName !== "google.protobuf.Value") {
    return void 0;
  }
  const messageDesc2 = field2.message;
  let compiled;
  return (value) => {
    if (!isObject(value) || isMessage(value, messageDesc2)) {
      return value;
    }
    compiled !== null && compiled !== void 0 ? compiled : compiled = compiledCreate(messageDesc2);
    return compiled(value);
  };
}
function toU8Arr(value) {
  return Array.isArray(value) ? new Uint8Array(value) : value;
}
function needsPrototypeChain(desc) {
  switch (desc.file.edition) {
    case EDITION_PROTO3:
      return false;
    case EDITION_PROTO2:
      return true;
    default:
      return desc.fields.some((f) => f.presence != IMPLICIT2 && f.fieldKind != "message" && !f.oneof);
  }
}
function createZeroValue(field2) {
  const defaultValue = field2.getDefaultValue();
  if (defaultValue !== void 0) {
    return field2.fieldKind == "scalar" && field2.longAsString ? defaultValue.toString() : defaultValue;
  }
  return field2.fieldKind == "scalar" ? scalarZeroValue(field2.scalar, field2.longAsString) : field2.enum.values[0].number;
}

// node_modules/@bufbuild/protobuf/dist/esm/clone.js
init_define_PROTOGUARD_WKT();

// node_modules/@bufbuild/protobuf/dist/esm/reflect/reflect.js
init_define_PROTOGUARD_WKT();

// node_modules/@bufbuild/protobuf/dist/esm/reflect/reflect-check.js
init_define_PROTOGUARD_WKT();

// node_modules/@bufbuild/protobuf/dist/esm/reflect/error.js
init_define_PROTOGUARD_WKT();
var FieldError = class extends Error {
  constructor(fieldOrOneof, message2, name = "FieldValueInvalidError") {
    super(message2);
    this.name = name;
    this.field = () => fieldOrOneof;
  }
};

// node_modules/@bufbuild/protobuf/dist/esm/wire/binary-encoding.js
init_define_PROTOGUARD_WKT();

// node_modules/@bufbuild/protobuf/dist/esm/wire/text-encoding.js
init_define_PROTOGUARD_WKT();
var te;
function configureTextEncoding(textEncoding) {
  var _a;
  te = Object.assign(Object.assign({}, textEncoding), { encodeUtf8Into: (_a = textEncoding.encodeUtf8Into) !== null && _a !== void 0 ? _a : emulateEncodeInto(textEncoding.encodeUtf8.bind(textEncoding)) });
}
function getTextEncoding() {
  if (!te) {
    const globals = globalThis;
    if (!globals.TextEncoder || !globals.TextDecoder) {
      throw new Error("encoding API missing: install TextEncoder and TextDecoder on globalThis");
    }
    const textEncoder2 = new globals.TextEncoder();
    const textDecoder = new globals.TextDecoder("utf-8", {
      ignoreBOM: true
    });
    let textDecoderStrict;
    const config = {
      encodeUtf8(text) {
        return textEncoder2.encode(text);
      },
      decodeUtf8(bytes, strict) {
        if (strict) {
          if (!textDecoderStrict) {
            textDecoderStrict = new globals.TextDecoder("utf-8", {
              fatal: true,
              ignoreBOM: true
            });
          }
          return textDecoderStrict.decode(bytes);
        }
        return textDecoder.decode(bytes);
      },
      checkUtf8(text) {
        try {
          encodeURIComponent(text);
          return true;
        } catch (_) {
          return false;
        }
      }
    };
    if (textEncoder2.encodeInto) {
      config.encodeUtf8Into = textEncoder2.encodeInto.bind(textEncoder2);
    }
    const nativeStringIsWellFormed = String.prototype.isWellFormed;
    if (nativeStringIsWellFormed) {
      config.checkUtf8 = (text) => {
        return nativeStringIsWellFormed.call(text);
      };
    }
    configureTextEncoding(config);
  }
  return te;
}
function emulateEncodeInto(encodeUtf8) {
  return (text, dest) => {
    const bytes = encodeUtf8(text);
    dest.set(bytes);
    return { written: bytes.byteLength };
  };
}

// node_modules/@bufbuild/protobuf/dist/esm/wire/binary-encoding.js
var WireType;
(function(WireType2) {
  WireType2[WireType2["Varint"] = 0] = "Varint";
  WireType2[WireType2["Bit64"] = 1] = "Bit64";
  WireType2[WireType2["LengthDelimited"] = 2] = "LengthDelimited";
  WireType2[WireType2["StartGroup"] = 3] = "StartGroup";
  WireType2[WireType2["EndGroup"] = 4] = "EndGroup";
  WireType2[WireType2["Bit32"] = 5] = "Bit32";
})(WireType || (WireType = {}));
var UINT32_MAX = 4294967295;
var INT32_MAX = 2147483647;
var INT32_MIN = -2147483648;
var BinaryWriter = class {
  constructor(encodeUtf8) {
    this.stackPos = [];
    this.encodeUtf8Into = encodeUtf8 ? emulateEncodeInto(encodeUtf8) : getTextEncoding().encodeUtf8Into;
    this.buffer = EMPTY_BUFFER;
    this.viewCache = EMPTY_VIEW;
    this.pos = 0;
  }
  ensureCapacity(size) {
    const required = this.pos + size;
    if (required > this.buffer.length) {
      let newLen = this.buffer.length || INITIAL_SIZE;
      while (newLen < required)
        newLen *= 2;
      const newBuf = new Uint8Array(newLen);
      if (this.pos > 0)
        newBuf.set(this.buffer);
      this.buffer = newBuf;
    }
  }
  /**
   * The DataView over `buffer`, rebuilt only if the buffer has grown since it
   * was last used.
   */
  view() {
    const bytes = this.buffer;
    const view = this.viewCache;
    if (view.byteLength === bytes.byteLength)
      return view;
    const newView = new DataView(bytes.buffer);
    this.viewCache = newView;
    return newView;
  }
  /**
   * Return all bytes written and reset this writer.
   */
  finish() {
    const result = this.buffer.slice(0, this.pos);
    this.pos = 0;
    this.stackPos = [];
    return result;
  }
  /**
   * Start a new fork for length-delimited data like a message
   * or a packed repeated field.
   *
   * Must be joined later with `join()`.
   */
  fork() {
    this.stackPos.push(this.pos);
    this.ensureCapacity(DEFAULT_LEN_PREFIX_SIZE);
    this.buffer[this.pos++] = 0;
    return this;
  }
  /**
   * Join the last fork. Write its length and bytes, then
   * return to the previous state.
   */
  join() {
    const forkPos = this.stackPos.pop();
    if (forkPos === void 0)
      throw new Error("invalid state, fork stack empty");
    const len = this.pos - forkPos - DEFAULT_LEN_PREFIX_SIZE;
    const lenPrefixSize = varint32Size(len);
    if (lenPrefixSize > DEFAULT_LEN_PREFIX_SIZE) {
      this.ensureCapacity(lenPrefixSize - DEFAULT_LEN_PREFIX_SIZE);
      this.buffer.copyWithin(forkPos + lenPrefixSize, forkPos + DEFAULT_LEN_PREFIX_SIZE, this.pos);
    }
    this.pos = forkPos;
    this.uint32(len);
    this.pos += len;
    return this;
  }
  /**
   * Writes a tag (field number and wire type).
   *
   * Equivalent to `uint32( (fieldNo << 3 | type) >>> 0 )`.
   *
   * Generated code should compute the tag ahead of time and call `uint32()`.
   */
  tag(fieldNo, type) {
    return this.uint32((fieldNo << 3 | type) >>> 0);
  }
  /**
   * Write a chunk of raw bytes.
   */
  raw(chunk) {
    this.ensureCapacity(chunk.length);
    this.buffer.set(chunk, this.pos);
    this.pos += chunk.length;
    return this;
  }
  /**
   * Write a `uint32` value, an unsigned 32 bit varint.
   */
  uint32(value) {
    assertUInt32(value);
    this.ensureCapacity(5);
    if (value < 128) {
      this.buffer[this.pos++] = value;
      return this;
    }
    while (value > 127) {
      this.buffer[this.pos++] = value & 127 | 128;
      value >>>= 7;
    }
    this.buffer[this.pos++] = value;
    return this;
  }
  /**
   * Write a `int32` value, a signed 32 bit varint.
   */
  int32(value) {
    assertInt32(value);
    if (value >= 0) {
      return this.uint32(value);
    }
    this.ensureCapacity(10);
    for (let i = 0; i < 9; i++) {
      this.buffer[this.pos++] = value & 127 | 128;
      value >>= 7;
    }
    this.buffer[this.pos++] = 1;
    return this;
  }
  /**
   * Write a `bool` value, a varint.
   */
  bool(value) {
    this.ensureCapacity(1);
    this.buffer[this.pos++] = value ? 1 : 0;
    return this;
  }
  /**
   * Write a `bytes` value, length-delimited arbitrary data.
   */
  bytes(value) {
    this.uint32(value.byteLength);
    return this.raw(value);
  }
  /**
   * Write a `string` value, length-delimited data converted to UTF-8 text.
   */
  string(value) {
    if (typeof value !== "string") {
      value = String(value);
    }
    const len = value.length;
    if (len <= ASCII_MAX_LENGTH) {
      this.ensureCapacity(len + 1);
      const ascii = this.buffer;
      let pos = this.pos;
      ascii[pos++] = len;
      let i = 0;
      for (; i < len; i++) {
        const code = value.charCodeAt(i);
        if (code > 127)
          break;
        ascii[pos++] = code;
      }
      if (i == len) {
        this.pos = pos;
        return this;
      }
    }
    this.ensureCapacity(len * 3 + 5);
    const lenPrefixSizeGuess = varint32Size(len);
    const buf = this.buffer;
    const start = this.pos;
    const { written } = this.encodeUtf8Into(value, buf.subarray(start + lenPrefixSizeGuess));
    const lenPrefixSize = varint32Size(written);
    if (lenPrefixSize != lenPrefixSizeGuess) {
      buf.copyWithin(start + lenPrefixSize, start + lenPrefixSizeGuess, start + lenPrefixSizeGuess + written);
    }
    this.uint32(written);
    this.pos += written;
    return this;
  }
  /**
   * Write a `float` value, 32-bit floating point number.
   */
  float(value) {
    assertFloat32(value);
    this.ensureCapacity(4);
    this.view().setFloat32(this.pos, value, true);
    this.pos += 4;
    return this;
  }
  /**
   * Write a `double` value, a 64-bit floating point number.
   */
  double(value) {
    this.ensureCapacity(8);
    this.view().setFloat64(this.pos, value, true);
    this.pos += 8;
    return this;
  }
  /**
   * Write a `fixed32` value, an unsigned, fixed-length 32-bit integer.
   */
  fixed32(value) {
    assertUInt32(value);
    this.ensureCapacity(4);
    this.view().setUint32(this.pos, value, true);
    this.pos += 4;
    return this;
  }
  /**
   * Write a `sfixed32` value, a signed, fixed-length 32-bit integer.
   */
  sfixed32(value) {
    assertInt32(value);
    this.ensureCapacity(4);
    this.view().setInt32(this.pos, value, true);
    this.pos += 4;
    return this;
  }
  /**
   * Write a `sint32` value, a signed, zigzag-encoded 32-bit varint.
   */
  sint32(value) {
    assertInt32(value);
    return this.uint32((value << 1 ^ value >> 31) >>> 0);
  }
  /**
   * Write a `sfixed64` value, a signed, fixed-length 64-bit integer.
   */
  sfixed64(value) {
    const tc = protoInt64.enc(value);
    this.ensureCapacity(8);
    const view = this.view();
    view.setInt32(this.pos, tc.lo, true);
    view.setInt32(this.pos + 4, tc.hi, true);
    this.pos += 8;
    return this;
  }
  /**
   * Write a `fixed64` value, an unsigned, fixed-length 64 bit integer.
   */
  fixed64(value) {
    const tc = protoInt64.uEnc(value);
    this.ensureCapacity(8);
    const view = this.view();
    view.setInt32(this.pos, tc.lo, true);
    view.setInt32(this.pos + 4, tc.hi, true);
    this.pos += 8;
    return this;
  }
  /**
   * Write a `int64` value, a signed 64-bit varint.
   */
  int64(value) {
    const tc = protoInt64.enc(value);
    return this.writeVarint64(tc.lo, tc.hi);
  }
  /**
   * Write a `sint64` value, a signed, zig-zag-encoded 64-bit varint.
   */
  sint64(value) {
    const tc = protoInt64.enc(value), sign = tc.hi >> 31, lo = tc.lo << 1 ^ sign, hi = (tc.hi << 1 | tc.lo >>> 31) ^ sign;
    return this.writeVarint64(lo, hi);
  }
  /**
   * Write a `uint64` value, an unsigned 64-bit varint.
   */
  uint64(value) {
    const tc = protoInt64.uEnc(value);
    return this.writeVarint64(tc.lo, tc.hi);
  }
  /**
   * Write a 64-bit varint directly into the buffer. Accepts the value as
   * split low/high 32-bit words.
   *
   * Ported from varint64write() to avoid the intermediate number[] buffer.
   * See https://github.com/protocolbuffers/protobuf/blob/8a71927d74a4ce34efe2d8769fda198f52d20d12/js/experimental/runtime/kernel/writer.js#L344
   */
  writeVarint64(lo, hi) {
    this.ensureCapacity(10);
    const buf = this.buffer;
    let pos = this.pos;
    for (let i = 0; i < 28; i = i + 7) {
      const shift = lo >>> i;
      const hasNext = !(shift >>> 7 == 0 && hi == 0);
      buf[pos++] = (hasNext ? shift | 128 : shift) & 255;
      if (!hasNext) {
        this.pos = pos;
        return this;
      }
    }
    const splitBits = lo >>> 28 & 15 | (hi & 7) << 4;
    const hasMoreBits = !(hi >> 3 == 0);
    buf[pos++] = (hasMoreBits ? splitBits | 128 : splitBits) & 255;
    if (!hasMoreBits) {
      this.pos = pos;
      return this;
    }
    for (let i = 3; i < 31; i = i + 7) {
      const shift = hi >>> i;
      const hasNext = !(shift >>> 7 == 0);
      buf[pos++] = (hasNext ? shift | 128 : shift) & 255;
      if (!hasNext) {
        this.pos = pos;
        return this;
      }
    }
    buf[pos++] = hi >>> 31 & 1;
    this.pos = pos;
    return this;
  }
};
var INITIAL_SIZE = 128;
var DEFAULT_LEN_PREFIX_SIZE = 1;
var EMPTY_BUFFER = new Uint8Array(0);
var EMPTY_VIEW = new DataView(EMPTY_BUFFER.buffer);
var ASCII_MAX_LENGTH = 32;
function varint32Size(value) {
  if (value < 128)
    return 1;
  if (value < 16384)
    return 2;
  if (value < 2097152)
    return 3;
  if (value < 268435456)
    return 4;
  return 5;
}
var BinaryReader = class {
  constructor(buf, decodeUtf8 = getTextEncoding().decodeUtf8) {
    this.decodeUtf8 = decodeUtf8;
    this.varint64Lo = 0;
    this.varint64Hi = 0;
    this.varint64 = varint64read;
    this.uint32 = varint32read;
    this.buf = buf;
    this.len = buf.length;
    this.pos = 0;
    this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  }
  /**
   * Reads a tag - field number and wire type. Tags are uint32 varints; values
   * that do not fit in uint32 are rejected.
   */
  tag() {
    const start = this.pos;
    const tag = this.uint32();
    const bytesRead = this.pos - start;
    if (bytesRead > 5 || bytesRead == 5 && this.buf[this.pos - 1] > 15) {
      throw new Error("illegal tag: varint overflows uint32");
    }
    const fieldNo = tag >>> 3;
    const wireType = tag & 7;
    if (fieldNo <= 0 || wireType > 5) {
      throw new Error("illegal tag: field no " + fieldNo + " wire type " + wireType);
    }
    return [fieldNo, wireType];
  }
  /**
   * Skip one element and return the skipped data.
   *
   * When skipping StartGroup, provide the tags field number to check for
   * matching field number in the EndGroup tag. Recursion into nested groups
   * is guarded by the `recursionLimit` argument: When the limit is reached,
   * this method throws.
   */
  skip(wireType, fieldNo, recursionLimit = 100) {
    let start = this.pos;
    switch (wireType) {
      case WireType.Varint:
        while (this.buf[this.pos++] & 128) {
        }
        break;
      // @ts-ignore TS7029: Fallthrough case in switch -- ignore instead of expect-error for compiler settings without noFallthroughCasesInSwitch: true
      case WireType.Bit64:
        this.pos += 4;
      case WireType.Bit32:
        this.pos += 4;
        break;
      case WireType.LengthDelimited:
        let len = this.uint32();
        this.pos += len;
        break;
      case WireType.StartGroup:
        if (recursionLimit <= 0) {
          throw new Error("maximum recursion depth reached");
        }
        for (; ; ) {
          const [fn, wt] = this.tag();
          if (wt === WireType.EndGroup) {
            if (fieldNo !== void 0 && fn !== fieldNo) {
              throw new Error("invalid end group tag");
            }
            break;
          }
          this.skip(wt, fn, recursionLimit - 1);
        }
        break;
      default:
        throw new Error("cant skip wire type " + wireType);
    }
    this.assertBounds();
    return this.buf.subarray(start, this.pos);
  }
  /**
   * Throws error if position in byte array is out of range.
   */
  assertBounds() {
    if (this.pos > this.len)
      throw new RangeError("premature EOF");
  }
  /**
   * Read a `int32` field, a signed 32 bit varint.
   */
  int32() {
    return this.uint32() | 0;
  }
  /**
   * Read a `sint32` field, a signed, zigzag-encoded 32-bit varint.
   */
  sint32() {
    let zze = this.uint32();
    return zze >>> 1 ^ -(zze & 1);
  }
  /**
   * Read a `int64` field, a signed 64-bit varint.
   */
  int64() {
    this.varint64();
    return protoInt64.dec(this.varint64Lo, this.varint64Hi);
  }
  /**
   * Read a `uint64` field, an unsigned 64-bit varint.
   */
  uint64() {
    this.varint64();
    return protoInt64.uDec(this.varint64Lo, this.varint64Hi);
  }
  /**
   * Read a `sint64` field, a signed, zig-zag-encoded 64-bit varint.
   */
  sint64() {
    this.varint64();
    let lo = this.varint64Lo;
    let hi = this.varint64Hi;
    let s = -(lo & 1);
    lo = (lo >>> 1 | (hi & 1) << 31) ^ s;
    hi = hi >>> 1 ^ s;
    return protoInt64.dec(lo, hi);
  }
  /**
   * Read a `bool` field, a variant.
   */
  bool() {
    const b = this.buf[this.pos];
    if (b < 128) {
      this.pos++;
      return b !== 0;
    }
    this.varint64();
    return this.varint64Lo !== 0 || this.varint64Hi !== 0;
  }
  /**
   * Read a `fixed32` field, an unsigned, fixed-length 32-bit integer.
   */
  fixed32() {
    return this.view.getUint32((this.pos += 4) - 4, true);
  }
  /**
   * Read a `sfixed32` field, a signed, fixed-length 32-bit integer.
   */
  sfixed32() {
    return this.view.getInt32((this.pos += 4) - 4, true);
  }
  /**
   * Read a `fixed64` field, an unsigned, fixed-length 64 bit integer.
   */
  fixed64() {
    return protoInt64.uDec(this.sfixed32(), this.sfixed32());
  }
  /**
   * Read a `fixed64` field, a signed, fixed-length 64-bit integer.
   */
  sfixed64() {
    return protoInt64.dec(this.sfixed32(), this.sfixed32());
  }
  /**
   * Read a `float` field, 32-bit floating point number.
   */
  float() {
    return this.view.getFloat32((this.pos += 4) - 4, true);
  }
  /**
   * Read a `double` field, a 64-bit floating point number.
   */
  double() {
    return this.view.getFloat64((this.pos += 8) - 8, true);
  }
  /**
   * Read a `bytes` field, length-delimited arbitrary data.
   */
  bytes() {
    let len = this.uint32(), start = this.pos;
    this.pos += len;
    this.assertBounds();
    return this.buf.subarray(start, start + len);
  }
  /**
   * Read a `string` field, length-delimited data converted to UTF-8 text. If
   * `strict` is true, throw on invalid UTF-8 instead of substituting U+FFFD.
   */
  string(strict) {
    const len = this.uint32();
    const start = this.pos;
    this.pos += len;
    this.assertBounds();
    const buf = this.buf;
    if (len <= ASCII_MAX_LENGTH) {
      const codes = new Array(len);
      for (let i = 0; i < len; i++) {
        const byte = buf[start + i];
        if (byte > 127) {
          return this.decodeUtf8(buf.subarray(start, this.pos), strict);
        }
        codes[i] = byte;
      }
      return String.fromCharCode.apply(String, codes);
    }
    return this.decodeUtf8(buf.subarray(start, this.pos), strict);
  }
};
function assertInt32(arg) {
  if (typeof arg == "string") {
    arg = Number(arg);
  } else if (typeof arg != "number") {
    throw new Error("invalid int32: " + typeof arg);
  }
  if (!Number.isInteger(arg) || arg > INT32_MAX || arg < INT32_MIN)
    throw new Error("invalid int32: " + arg);
}
function assertUInt32(arg) {
  if (typeof arg == "string") {
    arg = Number(arg);
  } else if (typeof arg != "number") {
    throw new Error("invalid uint32: " + typeof arg);
  }
  if (!Number.isInteger(arg) || arg > UINT32_MAX || arg < 0)
    throw new Error("invalid uint32: " + arg);
}
function assertFloat32(arg) {
  if (typeof arg == "string") {
    const o = arg;
    arg = Number(arg);
    if (Number.isNaN(arg) && o !== "NaN") {
      throw new Error("invalid float32: " + o);
    }
  } else if (typeof arg != "number") {
    throw new Error("invalid float32: " + typeof arg);
  }
  if (!Number.isFinite(Math.fround(arg)) && Number.isFinite(arg)) {
    throw new Error("invalid float32: " + arg);
  }
}

// node_modules/@bufbuild/protobuf/dist/esm/reflect/reflect-check.js
function checkField(field2, value) {
  const check = field2.fieldKind == "list" ? isReflectList(value, field2) : field2.fieldKind == "map" ? isReflectMap(value, field2) : checkSingular(field2, value);
  if (check === true) {
    return void 0;
  }
  let reason;
  switch (field2.fieldKind) {
    case "list":
      reason = `expected ${formatReflectList(field2)}, got ${formatVal(value)}`;
      break;
    case "map":
      reason = `expected ${formatReflectMap(field2)}, got ${formatVal(value)}`;
      break;
    default: {
      reason = reasonSingular(field2, value, check);
    }
  }
  return new FieldError(field2, reason);
}
function checkListItem(field2, index, value) {
  const check = checkSingular(field2, value);
  if (check !== true) {
    return new FieldError(field2, `list item #${index + 1}: ${reasonSingular(field2, value, check)}`);
  }
  return void 0;
}
function checkMapEntry(field2, key2, value) {
  const checkKey = checkScalarValue(field2.mapKey)(key2);
  if (checkKey !== true) {
    return new FieldError(field2, `invalid map key: ${reasonSingular({ scalar: field2.mapKey }, key2, checkKey)}`);
  }
  const checkVal = checkSingular(field2, value);
  if (checkVal !== true) {
    return new FieldError(field2, `map entry ${formatVal(key2)}: ${reasonSingular(field2, value, checkVal)}`);
  }
  return void 0;
}
function checkSingular(field2, value) {
  if (field2.scalar !== void 0) {
    return checkScalarValue(field2.scalar)(value);
  }
  if (field2.enum !== void 0) {
    if (field2.enum.open) {
      return checkScalarValue(ScalarType.INT32)(value);
    }
    return field2.enum.values.some((v) => v.number === value);
  }
  return isReflectMessage(value, field2.message);
}
function checkScalarValue(scalar) {
  switch (scalar) {
    case ScalarType.DOUBLE:
      return (value) => typeof value == "number";
    case ScalarType.FLOAT:
      return (value) => {
        if (typeof value != "number") {
          return false;
        }
        if (!Number.isFinite(Math.fround(value)) && Number.isFinite(value)) {
          return `${value.toFixed()} out of range`;
        }
        return true;
      };
    case ScalarType.INT32:
    case ScalarType.SFIXED32:
    case ScalarType.SINT32:
      return (value) => {
        if (typeof value !== "number" || !Number.isInteger(value)) {
          return false;
        }
        if (value > INT32_MAX || value < INT32_MIN) {
          return `${value.toFixed()} out of range`;
        }
        return true;
      };
    case ScalarType.FIXED32:
    case ScalarType.UINT32:
      return (value) => {
        if (typeof value !== "number" || !Number.isInteger(value)) {
          return false;
        }
        if (value > UINT32_MAX || value < 0) {
          return `${value.toFixed()} out of range`;
        }
        return true;
      };
    case ScalarType.BOOL:
      return (value) => typeof value == "boolean";
    case ScalarType.STRING:
      return (value) => {
        if (typeof value != "string") {
          return false;
        }
        return getTextEncoding().checkUtf8(value) || "invalid UTF8";
      };
    case ScalarType.BYTES:
      return (value) => value instanceof Uint8Array;
    case ScalarType.INT64:
    case ScalarType.SFIXED64:
    case ScalarType.SINT64:
      return (value) => {
        if (typeof value == "bigint" || typeof value == "number" || typeof value == "string" && value.length > 0) {
          try {
            protoInt64.parse(value);
            return true;
          } catch (_) {
            return `${value} out of range`;
          }
        }
        return false;
      };
    case ScalarType.FIXED64:
    case ScalarType.UINT64:
      return (value) => {
        if (typeof value == "bigint" || typeof value == "number" || typeof value == "string" && value.length > 0) {
          try {
            protoInt64.uParse(value);
            return true;
          } catch (_) {
            return `${value} out of range`;
          }
        }
        return false;
      };
  }
}
function reasonSingular(field2, val, details) {
  details = typeof details == "string" ? `: ${details}` : `, got ${formatVal(val)}`;
  if (field2.scalar !== void 0) {
    return `expected ${scalarTypeDescription(field2.scalar)}` + details;
  }
  if (field2.enum !== void 0) {
    return `expected ${field2.enum.toString()}` + details;
  }
  return `expected ${formatReflectMessage(field2.message)}` + details;
}
function formatVal(val) {
  switch (typeof val) {
    case "object":
      if (val === null) {
        return "null";
      }
      if (val instanceof Uint8Array) {
        return `Uint8Array(${val.length})`;
      }
      if (Array.isArray(val)) {
        return `Array(${val.length})`;
      }
      if (isReflectList(val)) {
        return formatReflectList(val.field());
      }
      if (isReflectMap(val)) {
        return formatReflectMap(val.field());
      }
      if (isReflectMessage(val)) {
        return formatReflectMessage(val.desc);
      }
      if (isMessage(val)) {
        return `message ${val.$typeName}`;
      }
      return "object";
    case "string":
      return val.length > 30 ? "string" : `"${val.split('"').join('\\"')}"`;
    case "boolean":
      return String(val);
    case "number":
      return String(val);
    case "bigint":
      return String(val) + "n";
    default:
      return typeof val;
  }
}
function formatReflectMessage(desc) {
  return `ReflectMessage (${desc.typeName})`;
}
function formatReflectList(field2) {
  switch (field2.listKind) {
    case "message":
      return `ReflectList (${field2.message.toString()})`;
    case "enum":
      return `ReflectList (${field2.enum.toString()})`;
    case "scalar":
      return `ReflectList (${ScalarType[field2.scalar]})`;
  }
}
function formatReflectMap(field2) {
  switch (field2.mapKind) {
    case "message":
      return `ReflectMap (${ScalarType[field2.mapKey]}, ${field2.message.toString()})`;
    case "enum":
      return `ReflectMap (${ScalarType[field2.mapKey]}, ${field2.enum.toString()})`;
    case "scalar":
      return `ReflectMap (${ScalarType[field2.mapKey]}, ${ScalarType[field2.scalar]})`;
  }
}
function scalarTypeDescription(scalar) {
  switch (scalar) {
    case ScalarType.STRING:
      return "string";
    case ScalarType.BOOL:
      return "boolean";
    case ScalarType.INT64:
    case ScalarType.SINT64:
    case ScalarType.SFIXED64:
      return "bigint (int64)";
    case ScalarType.UINT64:
    case ScalarType.FIXED64:
      return "bigint (uint64)";
    case ScalarType.BYTES:
      return "Uint8Array";
    case ScalarType.DOUBLE:
      return "number (float64)";
    case ScalarType.FLOAT:
      return "number (float32)";
    case ScalarType.FIXED32:
    case ScalarType.UINT32:
      return "number (uint32)";
    case ScalarType.INT32:
    case ScalarType.SFIXED32:
    case ScalarType.SINT32:
      return "number (int32)";
  }
}

// node_modules/@bufbuild/protobuf/dist/esm/reflect/message.js
init_define_PROTOGUARD_WKT();
var NULL_VALUE = 0;
function localMessageMapper(field2) {
  if (usesJsonRepresentation(field2)) {
    return {
      toMessage: (local) => wktStructToReflect(local),
      toLocal: (message2) => wktStructToLocal(message2)
    };
  }
  if (field2.fieldKind == "message" && !field2.oneof && isWrapperDesc(field2.message)) {
    const wrapperDesc = field2.message;
    const valueLocalName = wrapperDesc.fields[0].localName;
    return {
      toMessage: (local) => {
        const message2 = create(wrapperDesc);
        if (local !== void 0) {
          message2[valueLocalName] = local;
        }
        return message2;
      },
      toLocal: (message2) => message2[valueLocalName]
    };
  }
  const childDesc = field2.message;
  return {
    toMessage: (local) => local === void 0 ? create(childDesc) : local,
    toLocal: (message2) => message2
  };
}
function usesJsonRepresentation(field2) {
  return field2.message.typeName == "google.protobuf.Struct" && field2.parent.typeName != "google.protobuf.Value";
}
function wktStructToReflect(json) {
  const struct = {
    $typeName: "google.protobuf.Struct",
    fields: {}
  };
  if (isObject(json)) {
    for (const k of Object.keys(json)) {
      setOwn(struct.fields, k, wktValueToReflect(json[k]));
    }
  }
  return struct;
}
function wktStructToLocal(val) {
  const json = {};
  for (const k of Object.keys(val.fields)) {
    setOwn(json, k, wktValueToLocal(val.fields[k]));
  }
  return json;
}
function wktValueToLocal(val) {
  switch (val.kind.case) {
    case "structValue":
      return wktStructToLocal(val.kind.value);
    case "listValue":
      return val.kind.value.values.map(wktValueToLocal);
    case "nullValue":
    case void 0:
      return null;
    default:
      return val.kind.value;
  }
}
function wktValueToReflect(json) {
  const value = {
    $typeName: "google.protobuf.Value",
    kind: { case: void 0 }
  };
  switch (typeof json) {
    case "number":
      value.kind = { case: "numberValue", value: json };
      break;
    case "string":
      value.kind = { case: "stringValue", value: json };
      break;
    case "boolean":
      value.kind = { case: "boolValue", value: json };
      break;
    case "object":
      if (json === null) {
        value.kind = { case: "nullValue", value: NULL_VALUE };
      } else if (Array.isArray(json)) {
        const listValue = {
          $typeName: "google.protobuf.ListValue",
          values: []
        };
        if (Array.isArray(json)) {
          for (const e of json) {
            listValue.values.push(wktValueToReflect(e));
          }
        }
        value.kind = {
          case: "listValue",
          value: listValue
        };
      } else {
        value.kind = {
          case: "structValue",
          value: wktStructToReflect(json)
        };
      }
      break;
  }
  return value;
}

// node_modules/@bufbuild/protobuf/dist/esm/reflect/reflect.js
function reflect(messageDesc2, message2, check = true) {
  return new ReflectMessageImpl(messageDesc2, message2, check);
}
var messageSortedFields = /* @__PURE__ */ new WeakMap();
var ReflectMessageImpl = class {
  get sortedFields() {
    const cached = messageSortedFields.get(this.desc);
    if (cached) {
      return cached;
    }
    const sortedFields = this.desc.fields.concat().sort((a, b) => a.number - b.number);
    messageSortedFields.set(this.desc, sortedFields);
    return sortedFields;
  }
  constructor(messageDesc2, message2, check = true) {
    this.lists = /* @__PURE__ */ new Map();
    this.maps = /* @__PURE__ */ new Map();
    this.check = check;
    this.desc = messageDesc2;
    this.message = this[unsafeLocal] = message2 !== null && message2 !== void 0 ? message2 : create(messageDesc2);
    this.fields = messageDesc2.fields;
    this.oneofs = messageDesc2.oneofs;
    this.members = messageDesc2.members;
  }
  findNumber(number2) {
    if (!this._fieldsByNumber) {
      this._fieldsByNumber = new Map(this.desc.fields.map((f) => [f.number, f]));
    }
    return this._fieldsByNumber.get(number2);
  }
  oneofCase(oneof) {
    assertOwn(this.message, oneof);
    return unsafeOneofCase(this.message, oneof);
  }
  isSet(field2) {
    assertOwn(this.message, field2);
    return unsafeIsSet(this.message, field2);
  }
  clear(field2) {
    assertOwn(this.message, field2);
    unsafeClear(this.message, field2);
  }
  get(field2) {
    assertOwn(this.message, field2);
    const value = unsafeGet(this.message, field2);
    switch (field2.fieldKind) {
      case "list":
        let list = this.lists.get(field2);
        if (!list || list[unsafeLocal] !== value) {
          this.lists.set(
            field2,
            // biome-ignore lint/suspicious/noAssignInExpressions: no
            list = new ReflectListImpl(field2, value, this.check)
          );
        }
        return list;
      case "map":
        let map = this.maps.get(field2);
        if (!map || map[unsafeLocal] !== value) {
          this.maps.set(
            field2,
            // biome-ignore lint/suspicious/noAssignInExpressions: no
            map = new ReflectMapImpl(field2, value, this.check)
          );
        }
        return map;
      case "message":
        return messageToReflect(field2, value, this.check);
      case "scalar":
        return value === void 0 ? scalarZeroValue(field2.scalar, false) : longToReflect(field2, value);
      case "enum":
        return value !== null && value !== void 0 ? value : field2.enum.values[0].number;
    }
  }
  set(field2, value) {
    assertOwn(this.message, field2);
    if (this.check) {
      const err = checkField(field2, value);
      if (err) {
        throw err;
      }
    }
    let local;
    if (field2.fieldKind == "message") {
      local = messageToLocal(field2, value);
    } else if (isReflectMap(value) || isReflectList(value)) {
      local = value[unsafeLocal];
    } else {
      local = longToLocal(field2, value);
    }
    unsafeSet(this.message, field2, local);
  }
  getUnknown() {
    return this.message.$unknown;
  }
  setUnknown(value) {
    this.message.$unknown = value;
  }
};
function assertOwn(owner, member) {
  if (member.parent.typeName !== owner.$typeName) {
    throw new FieldError(member, `cannot use ${member.toString()} with message ${owner.$typeName}`, "ForeignFieldError");
  }
}
var ReflectListImpl = class {
  field() {
    return this._field;
  }
  get size() {
    return this._arr.length;
  }
  constructor(field2, unsafeInput, check) {
    this._field = field2;
    this._arr = this[unsafeLocal] = unsafeInput;
    this.check = check;
  }
  get(index) {
    const item = this._arr[index];
    return item === void 0 ? void 0 : listItemToReflect(this._field, item, this.check);
  }
  set(index, item) {
    if (index < 0 || index >= this._arr.length) {
      throw new FieldError(this._field, `list item #${index + 1}: out of range`);
    }
    if (this.check) {
      const err = checkListItem(this._field, index, item);
      if (err) {
        throw err;
      }
    }
    this._arr[index] = listItemToLocal(this._field, item);
  }
  add(item) {
    if (this.check) {
      const err = checkListItem(this._field, this._arr.length, item);
      if (err) {
        throw err;
      }
    }
    this._arr.push(listItemToLocal(this._field, item));
    return void 0;
  }
  clear() {
    this._arr.splice(0, this._arr.length);
  }
  [Symbol.iterator]() {
    return this.values();
  }
  keys() {
    return this._arr.keys();
  }
  *values() {
    for (const item of this._arr) {
      yield listItemToReflect(this._field, item, this.check);
    }
  }
  *entries() {
    for (let i = 0; i < this._arr.length; i++) {
      yield [i, listItemToReflect(this._field, this._arr[i], this.check)];
    }
  }
};
var ReflectMapImpl = class {
  constructor(field2, unsafeInput, check = true) {
    this.obj = this[unsafeLocal] = unsafeInput !== null && unsafeInput !== void 0 ? unsafeInput : {};
    this.check = check;
    this._field = field2;
  }
  field() {
    return this._field;
  }
  set(key2, value) {
    if (this.check) {
      const err = checkMapEntry(this._field, key2, value);
      if (err) {
        throw err;
      }
    }
    setOwn(this.obj, mapKeyToLocal(key2), mapValueToLocal(this._field, value));
    return this;
  }
  delete(key2) {
    const k = mapKeyToLocal(key2);
    const has = Object.prototype.hasOwnProperty.call(this.obj, k);
    if (has) {
      delete this.obj[k];
    }
    return has;
  }
  clear() {
    for (const key2 of Object.keys(this.obj)) {
      delete this.obj[key2];
    }
  }
  get(key2) {
    let val = getOwn(this.obj, mapKeyToLocal(key2));
    if (val !== void 0) {
      val = mapValueToReflect(this._field, val, this.check);
    }
    return val;
  }
  has(key2) {
    return Object.prototype.hasOwnProperty.call(this.obj, mapKeyToLocal(key2));
  }
  *keys() {
    for (const objKey of Object.keys(this.obj)) {
      yield mapKeyToReflect(objKey, this._field.mapKey);
    }
  }
  *entries() {
    for (const objEntry of Object.entries(this.obj)) {
      yield [
        mapKeyToReflect(objEntry[0], this._field.mapKey),
        mapValueToReflect(this._field, objEntry[1], this.check)
      ];
    }
  }
  [Symbol.iterator]() {
    return this.entries();
  }
  get size() {
    return Object.keys(this.obj).length;
  }
  *values() {
    for (const val of Object.values(this.obj)) {
      yield mapValueToReflect(this._field, val, this.check);
    }
  }
  forEach(callbackfn, thisArg) {
    for (const mapEntry of this.entries()) {
      callbackfn.call(thisArg, mapEntry[1], mapEntry[0], this);
    }
  }
};
function messageToLocal(field2, value) {
  if (!isReflectMessage(value)) {
    return value;
  }
  if (isWrapper(value.message) && !field2.oneof && field2.fieldKind == "message") {
    return value.message.value;
  }
  if (value.desc.typeName == "google.protobuf.Struct" && field2.parent.typeName != "google.protobuf.Value") {
    return wktStructToLocal(value.message);
  }
  return value.message;
}
function messageToReflect(field2, value, check) {
  if (value !== void 0) {
    if (isWrapperDesc(field2.message) && !field2.oneof && field2.fieldKind == "message") {
      value = {
        $typeName: field2.message.typeName,
        value: longToReflect(field2.message.fields[0], value)
      };
    } else if (field2.message.typeName == "google.protobuf.Struct" && field2.parent.typeName != "google.protobuf.Value" && isObject(value)) {
      value = wktStructToReflect(value);
    }
  }
  return new ReflectMessageImpl(field2.message, value, check);
}
function listItemToLocal(field2, value) {
  if (field2.listKind == "message") {
    return messageToLocal(field2, value);
  }
  return longToLocal(field2, value);
}
function listItemToReflect(field2, value, check) {
  if (field2.listKind == "message") {
    return messageToReflect(field2, value, check);
  }
  return longToReflect(field2, value);
}
function mapValueToLocal(field2, value) {
  if (field2.mapKind == "message") {
    return messageToLocal(field2, value);
  }
  return longToLocal(field2, value);
}
function mapValueToReflect(field2, value, check) {
  if (field2.mapKind == "message") {
    return messageToReflect(field2, value, check);
  }
  return value;
}
function mapKeyToLocal(key2) {
  return typeof key2 == "string" || typeof key2 == "number" ? key2 : String(key2);
}
function mapKeyToReflect(key2, type) {
  switch (type) {
    case ScalarType.STRING:
      return key2;
    case ScalarType.INT32:
    case ScalarType.FIXED32:
    case ScalarType.UINT32:
    case ScalarType.SFIXED32:
    case ScalarType.SINT32: {
      const n = Number.parseInt(key2);
      if (Number.isFinite(n)) {
        return n;
      }
      break;
    }
    case ScalarType.BOOL:
      switch (key2) {
        case "true":
          return true;
        case "false":
          return false;
      }
      break;
    case ScalarType.UINT64:
    case ScalarType.FIXED64:
      try {
        return protoInt64.uParse(key2);
      } catch (_a) {
      }
      break;
    default:
      try {
        return protoInt64.parse(key2);
      } catch (_b) {
      }
      break;
  }
  return key2;
}
function longToReflect(field2, value) {
  switch (field2.scalar) {
    case ScalarType.INT64:
    case ScalarType.SFIXED64:
    case ScalarType.SINT64:
      if ("longAsString" in field2 && field2.longAsString && typeof value == "string") {
        value = protoInt64.parse(value);
      }
      break;
    case ScalarType.FIXED64:
    case ScalarType.UINT64:
      if ("longAsString" in field2 && field2.longAsString && typeof value == "string") {
        value = protoInt64.uParse(value);
      }
      break;
  }
  return value;
}
function longToLocal(field2, value) {
  switch (field2.scalar) {
    case ScalarType.INT64:
    case ScalarType.SFIXED64:
    case ScalarType.SINT64:
      if ("longAsString" in field2 && field2.longAsString) {
        value = String(value);
      } else if (typeof value == "string" || typeof value == "number") {
        value = protoInt64.parse(value);
      }
      break;
    case ScalarType.FIXED64:
    case ScalarType.UINT64:
      if ("longAsString" in field2 && field2.longAsString) {
        value = String(value);
      } else if (typeof value == "string" || typeof value == "number") {
        value = protoInt64.uParse(value);
      }
      break;
  }
  return value;
}

// node_modules/@bufbuild/protobuf/dist/esm/clone.js
function clone(schema, message2) {
  return cloneReflect(reflect(schema, message2)).message;
}
function cloneReflect(i) {
  const o = reflect(i.desc);
  for (const f of i.fields) {
    if (!i.isSet(f)) {
      continue;
    }
    switch (f.fieldKind) {
      case "list":
        const list = o.get(f);
        for (const item of i.get(f)) {
          list.add(cloneSingular(f, item));
        }
        break;
      case "map":
        const map = o.get(f);
        for (const entry of i.get(f).entries()) {
          map.set(entry[0], cloneSingular(f, entry[1]));
        }
        break;
      default: {
        o.set(f, cloneSingular(f, i.get(f)));
        break;
      }
    }
  }
  const unknown = i.getUnknown();
  if (unknown && unknown.length > 0) {
    o.setUnknown([...unknown]);
  }
  return o;
}
function cloneSingular(field2, value) {
  if (field2.message !== void 0 && isReflectMessage(value)) {
    return cloneReflect(value);
  }
  if (field2.scalar == ScalarType.BYTES && value instanceof Uint8Array) {
    return value.slice();
  }
  return value;
}

// node_modules/@bufbuild/protobuf/dist/esm/wire/base64-encoding.js
init_define_PROTOGUARD_WKT();
var nativeSetFromBase64 = Uint8Array.prototype.setFromBase64;
var nativeToBase64 = Uint8Array.prototype.toBase64;
var toBase64OptionsMap = {
  std: { alphabet: "base64", omitPadding: false },
  std_raw: { alphabet: "base64", omitPadding: true },
  url: { alphabet: "base64url", omitPadding: true }
};
function base64Encode(bytes, encoding = "std") {
  if (nativeToBase64) {
    return nativeToBase64.call(bytes, toBase64OptionsMap[encoding]);
  }
  const table = getEncodeTable(encoding);
  const pad = encoding == "std";
  let base64 = "", groupPos = 0, b, p = 0;
  for (let i = 0; i < bytes.length; i++) {
    b = bytes[i];
    switch (groupPos) {
      case 0:
        base64 += table[b >> 2];
        p = (b & 3) << 4;
        groupPos = 1;
        break;
      case 1:
        base64 += table[p | b >> 4];
        p = (b & 15) << 2;
        groupPos = 2;
        break;
      case 2:
        base64 += table[p | b >> 6];
        base64 += table[b & 63];
        groupPos = 0;
        break;
    }
  }
  if (groupPos) {
    base64 += table[p];
    if (pad) {
      base64 += "=";
      if (groupPos == 1)
        base64 += "=";
    }
  }
  return base64;
}
var encodeTableStd;
var encodeTableUrl;
function getEncodeTable(encoding) {
  if (!encodeTableStd) {
    encodeTableStd = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".split("");
    encodeTableUrl = encodeTableStd.slice(0, -2).concat("-", "_");
  }
  return encoding == "url" ? (
    // biome-ignore lint/style/noNonNullAssertion: TS fails to narrow down
    encodeTableUrl
  ) : encodeTableStd;
}

// node_modules/@bufbuild/protobuf/dist/esm/wkt/google/protobuf/descriptor_pb.js
init_define_PROTOGUARD_WKT();

// node_modules/@bufbuild/protobuf/dist/esm/codegenv2/boot.js
init_define_PROTOGUARD_WKT();

// node_modules/@bufbuild/protobuf/dist/esm/codegenv2/restore-json-names.js
init_define_PROTOGUARD_WKT();

// node_modules/@bufbuild/protobuf/dist/esm/reflect/names.js
init_define_PROTOGUARD_WKT();
function protoCamelCase(snakeCase) {
  let capNext = false;
  const b = [];
  for (let i = 0; i < snakeCase.length; i++) {
    let c = snakeCase.charAt(i);
    switch (c) {
      case "_":
        capNext = true;
        break;
      case "0":
      case "1":
      case "2":
      case "3":
      case "4":
      case "5":
      case "6":
      case "7":
      case "8":
      case "9":
        b.push(c);
        capNext = false;
        break;
      default:
        if (capNext) {
          capNext = false;
          c = c.toUpperCase();
        }
        b.push(c);
        break;
    }
  }
  return b.join("");
}
function protoSnakeCase(lowerCamelCase) {
  return lowerCamelCase.replace(/[A-Z]/g, (letter) => "_" + letter.toLowerCase());
}
var reservedObjectProperties = /* @__PURE__ */ new Set([
  // names reserved by JavaScript
  "constructor",
  "toString",
  "toJSON",
  "valueOf"
]);
function safeObjectProperty(name) {
  return reservedObjectProperties.has(name) ? name + "$" : name;
}

// node_modules/@bufbuild/protobuf/dist/esm/codegenv2/restore-json-names.js
function restoreJsonNames(message2) {
  for (const f of message2.field) {
    if (!unsafeIsSetExplicit(f, "jsonName")) {
      f.jsonName = protoCamelCase(f.name);
    }
  }
  message2.nestedType.forEach(restoreJsonNames);
}

// node_modules/@bufbuild/protobuf/dist/esm/registry.js
init_define_PROTOGUARD_WKT();

// node_modules/@bufbuild/protobuf/dist/esm/wire/text-format.js
init_define_PROTOGUARD_WKT();
function parseTextFormatEnumValue(descEnum, value) {
  const enumValue = descEnum.values.find((v) => v.name === value);
  if (!enumValue) {
    throw new Error(`cannot parse ${descEnum} default value: ${value}`);
  }
  return enumValue.number;
}
function parseTextFormatScalarValue(type, value) {
  switch (type) {
    case ScalarType.STRING:
      return value;
    case ScalarType.BYTES: {
      const u = unescapeBytesDefaultValue(value);
      if (u === false) {
        throw new Error(`cannot parse ${ScalarType[type]} default value: ${value}`);
      }
      return u;
    }
    case ScalarType.INT64:
    case ScalarType.SFIXED64:
    case ScalarType.SINT64:
      return protoInt64.parse(value);
    case ScalarType.UINT64:
    case ScalarType.FIXED64:
      return protoInt64.uParse(value);
    case ScalarType.DOUBLE:
    case ScalarType.FLOAT:
      switch (value) {
        case "inf":
          return Number.POSITIVE_INFINITY;
        case "-inf":
          return Number.NEGATIVE_INFINITY;
        case "nan":
          return Number.NaN;
        default:
          return parseFloat(value);
      }
    case ScalarType.BOOL:
      return value === "true";
    case ScalarType.INT32:
    case ScalarType.UINT32:
    case ScalarType.SINT32:
    case ScalarType.FIXED32:
    case ScalarType.SFIXED32:
      return parseInt(value, 10);
  }
}
function unescapeBytesDefaultValue(str2) {
  const b = [];
  const input = {
    tail: str2,
    c: "",
    next() {
      if (this.tail.length == 0) {
        return false;
      }
      this.c = this.tail[0];
      this.tail = this.tail.substring(1);
      return true;
    },
    take(n) {
      if (this.tail.length >= n) {
        const r = this.tail.substring(0, n);
        this.tail = this.tail.substring(n);
        return r;
      }
      return false;
    }
  };
  while (input.next()) {
    switch (input.c) {
      case "\\":
        if (input.next()) {
          switch (input.c) {
            case "\\":
              b.push(input.c.charCodeAt(0));
              break;
            case "b":
              b.push(8);
              break;
            case "f":
              b.push(12);
              break;
            case "n":
              b.push(10);
              break;
            case "r":
              b.push(13);
              break;
            case "t":
              b.push(9);
              break;
            case "v":
              b.push(11);
              break;
            case "0":
            case "1":
            case "2":
            case "3":
            case "4":
            case "5":
            case "6":
            case "7": {
              const s = input.c;
              const t = input.take(2);
              if (t === false) {
                return false;
              }
              const n = parseInt(s + t, 8);
              if (Number.isNaN(n)) {
                return false;
              }
              b.push(n);
              break;
            }
            case "x": {
              const s = input.c;
              const t = input.take(2);
              if (t === false) {
                return false;
              }
              const n = parseInt(s + t, 16);
              if (Number.isNaN(n)) {
                return false;
              }
              b.push(n);
              break;
            }
            case "u": {
              const s = input.c;
              const t = input.take(4);
              if (t === false) {
                return false;
              }
              const n = parseInt(s + t, 16);
              if (Number.isNaN(n)) {
                return false;
              }
              const chunk = new Uint8Array(4);
              const view = new DataView(chunk.buffer);
              view.setInt32(0, n, true);
              b.push(chunk[0], chunk[1], chunk[2], chunk[3]);
              break;
            }
            case "U": {
              const s = input.c;
              const t = input.take(8);
              if (t === false) {
                return false;
              }
              const tc = protoInt64.uEnc(s + t);
              const chunk = new Uint8Array(8);
              const view = new DataView(chunk.buffer);
              view.setInt32(0, tc.lo, true);
              view.setInt32(4, tc.hi, true);
              b.push(chunk[0], chunk[1], chunk[2], chunk[3], chunk[4], chunk[5], chunk[6], chunk[7]);
              break;
            }
          }
        }
        break;
      default:
        b.push(input.c.charCodeAt(0));
    }
  }
  return new Uint8Array(b);
}

// node_modules/@bufbuild/protobuf/dist/esm/reflect/nested-types.js
init_define_PROTOGUARD_WKT();
function* nestedTypes(desc) {
  switch (desc.kind) {
    case "file":
      for (const message2 of desc.messages) {
        yield message2;
        yield* nestedTypes(message2);
      }
      yield* desc.enums;
      yield* desc.services;
      yield* desc.extensions;
      break;
    case "message":
      for (const message2 of desc.nestedMessages) {
        yield message2;
        yield* nestedTypes(message2);
      }
      yield* desc.nestedEnums;
      yield* desc.nestedExtensions;
      break;
  }
}

// node_modules/@bufbuild/protobuf/dist/esm/registry.js
function createFileRegistry(...args) {
  return buildFileRegistry(args, assertValidNames);
}
function createEmbeddedFileRegistry(fileDescriptorProto, resolve4) {
  return buildFileRegistry([fileDescriptorProto, resolve4]);
}
function buildFileRegistry(args, check) {
  const registry = createBaseRegistry();
  if (!args.length) {
    return registry;
  }
  if ("$typeName" in args[0] && args[0].$typeName == "google.protobuf.FileDescriptorSet") {
    for (const file of args[0].file) {
      check === null || check === void 0 ? void 0 : check(file);
      addFile(file, registry);
    }
    return registry;
  }
  if ("$typeName" in args[0]) {
    let recurseDeps = function(file) {
      const deps = [];
      for (const protoFileName of file.dependency) {
        if (registry.getFile(protoFileName) != void 0) {
          continue;
        }
        if (seen.has(protoFileName)) {
          continue;
        }
        const dep = resolve4(protoFileName);
        if (!dep) {
          throw new Error(`Unable to resolve ${protoFileName}, imported by ${file.name}`);
        }
        if ("kind" in dep) {
          registry.addFile(dep, false, true);
        } else {
          seen.add(dep.name);
          deps.push(dep);
        }
      }
      return deps.concat(...deps.map(recurseDeps));
    };
    const input = args[0];
    const resolve4 = args[1];
    const seen = /* @__PURE__ */ new Set();
    for (const file of [input, ...recurseDeps(input)].reverse()) {
      check === null || check === void 0 ? void 0 : check(file);
      addFile(file, registry);
    }
  } else {
    for (const fileReg of args) {
      for (const file of fileReg.files) {
        registry.addFile(file);
      }
    }
  }
  return registry;
}
var identifierRe = /^[A-Za-z0-9_]+$/;
function assertValidNames(file) {
  const check = (kind, name) => {
    if (!identifierRe.test(name)) {
      throw new Error(`${file.name}: invalid ${kind} name ${JSON.stringify(name)}`);
    }
  };
  const checkEnum = (enumType) => {
    check("enum", enumType.name);
    for (const value of enumType.value) {
      check("enum value", value.name);
    }
  };
  const checkMessage = (message2) => {
    check("message", message2.name);
    for (const field2 of message2.field) {
      check("field", field2.name);
    }
    for (const oneof of message2.oneofDecl) {
      check("oneof", oneof.name);
    }
    for (const extension of message2.extension) {
      check("extension", extension.name);
    }
    message2.nestedType.forEach(checkMessage);
    message2.enumType.forEach(checkEnum);
  };
  file.messageType.forEach(checkMessage);
  file.enumType.forEach(checkEnum);
  for (const extension of file.extension) {
    check("extension", extension.name);
  }
  for (const service2 of file.service) {
    check("service", service2.name);
    for (const method of service2.method) {
      check("method", method.name);
    }
  }
}
function createBaseRegistry() {
  const types = /* @__PURE__ */ new Map();
  const extendees = /* @__PURE__ */ new Map();
  const files = /* @__PURE__ */ new Map();
  return {
    kind: "registry",
    types,
    extendees,
    [Symbol.iterator]() {
      return types.values();
    },
    get files() {
      return files.values();
    },
    addFile(file, skipTypes, withDeps) {
      files.set(file.proto.name, file);
      if (!skipTypes) {
        for (const type of nestedTypes(file)) {
          this.add(type);
        }
      }
      if (withDeps) {
        for (const f of file.dependencies) {
          this.addFile(f, skipTypes, withDeps);
        }
      }
    },
    add(desc) {
      if (desc.kind == "extension") {
        let numberToExt = extendees.get(desc.extendee.typeName);
        if (!numberToExt) {
          extendees.set(
            desc.extendee.typeName,
            // biome-ignore lint/suspicious/noAssignInExpressions: no
            numberToExt = /* @__PURE__ */ new Map()
          );
        }
        numberToExt.set(desc.number, desc);
      }
      types.set(desc.typeName, desc);
    },
    get(typeName) {
      return types.get(typeName);
    },
    getFile(fileName) {
      return files.get(fileName);
    },
    getMessage(typeName) {
      const t = types.get(typeName);
      return (t === null || t === void 0 ? void 0 : t.kind) == "message" ? t : void 0;
    },
    getEnum(typeName) {
      const t = types.get(typeName);
      return (t === null || t === void 0 ? void 0 : t.kind) == "enum" ? t : void 0;
    },
    getExtension(typeName) {
      const t = types.get(typeName);
      return (t === null || t === void 0 ? void 0 : t.kind) == "extension" ? t : void 0;
    },
    getExtensionFor(extendee, no) {
      var _a;
      return (_a = extendees.get(extendee.typeName)) === null || _a === void 0 ? void 0 : _a.get(no);
    },
    getService(typeName) {
      const t = types.get(typeName);
      return (t === null || t === void 0 ? void 0 : t.kind) == "service" ? t : void 0;
    }
  };
}
var EDITION_PROTO22 = 998;
var EDITION_PROTO32 = 999;
var EDITION_UNSTABLE = 9999;
var TYPE_STRING = 9;
var TYPE_GROUP = 10;
var TYPE_MESSAGE = 11;
var TYPE_BYTES = 12;
var TYPE_ENUM = 14;
var LABEL_REPEATED = 3;
var LABEL_REQUIRED = 2;
var JS_STRING = 1;
var IDEMPOTENCY_UNKNOWN = 0;
var EXPLICIT = 1;
var IMPLICIT3 = 2;
var LEGACY_REQUIRED = 3;
var PACKED = 1;
var DELIMITED = 2;
var OPEN = 1;
var VERIFY = 2;
var maximumEdition = 1002;
var featureDefaults = {
  // EDITION_PROTO2
  998: {
    fieldPresence: 1,
    // EXPLICIT,
    enumType: 2,
    // CLOSED,
    repeatedFieldEncoding: 2,
    // EXPANDED,
    utf8Validation: 3,
    // NONE,
    messageEncoding: 1,
    // LENGTH_PREFIXED,
    jsonFormat: 2,
    // LEGACY_BEST_EFFORT,
    enforceNamingStyle: 2,
    // STYLE_LEGACY,
    defaultSymbolVisibility: 1,
    // EXPORT_ALL,
    enforceProtoLimits: 1
    // LEGACY_NO_EXPLICIT_LIMITS,
  },
  // EDITION_PROTO3
  999: {
    fieldPresence: 2,
    // IMPLICIT,
    enumType: 1,
    // OPEN,
    repeatedFieldEncoding: 1,
    // PACKED,
    utf8Validation: 2,
    // VERIFY,
    messageEncoding: 1,
    // LENGTH_PREFIXED,
    jsonFormat: 1,
    // ALLOW,
    enforceNamingStyle: 2,
    // STYLE_LEGACY,
    defaultSymbolVisibility: 1,
    // EXPORT_ALL,
    enforceProtoLimits: 1
    // LEGACY_NO_EXPLICIT_LIMITS,
  },
  // EDITION_2023
  1e3: {
    fieldPresence: 1,
    // EXPLICIT,
    enumType: 1,
    // OPEN,
    repeatedFieldEncoding: 1,
    // PACKED,
    utf8Validation: 2,
    // VERIFY,
    messageEncoding: 1,
    // LENGTH_PREFIXED,
    jsonFormat: 1,
    // ALLOW,
    enforceNamingStyle: 2,
    // STYLE_LEGACY,
    defaultSymbolVisibility: 1,
    // EXPORT_ALL,
    enforceProtoLimits: 1
    // LEGACY_NO_EXPLICIT_LIMITS,
  },
  // EDITION_2024
  1001: {
    fieldPresence: 1,
    // EXPLICIT,
    enumType: 1,
    // OPEN,
    repeatedFieldEncoding: 1,
    // PACKED,
    utf8Validation: 2,
    // VERIFY,
    messageEncoding: 1,
    // LENGTH_PREFIXED,
    jsonFormat: 1,
    // ALLOW,
    enforceNamingStyle: 1,
    // STYLE2024,
    defaultSymbolVisibility: 2,
    // EXPORT_TOP_LEVEL,
    enforceProtoLimits: 1
    // LEGACY_NO_EXPLICIT_LIMITS,
  },
  // EDITION_2026
  1002: {
    fieldPresence: 1,
    // EXPLICIT,
    enumType: 1,
    // OPEN,
    repeatedFieldEncoding: 1,
    // PACKED,
    utf8Validation: 2,
    // VERIFY,
    messageEncoding: 1,
    // LENGTH_PREFIXED,
    jsonFormat: 1,
    // ALLOW,
    enforceNamingStyle: 3,
    // STYLE2026,
    defaultSymbolVisibility: 4,
    // STRICT,
    enforceProtoLimits: 2
    // PROTO_LIMITS2026,
  }
};
function addFile(proto, reg) {
  var _a, _b;
  const file = {
    kind: "file",
    proto,
    deprecated: (_b = (_a = proto.options) === null || _a === void 0 ? void 0 : _a.deprecated) !== null && _b !== void 0 ? _b : false,
    edition: getFileEdition(proto),
    name: proto.name.replace(/\.proto$/, ""),
    dependencies: findFileDependencies(proto, reg),
    enums: [],
    messages: [],
    extensions: [],
    services: [],
    toString() {
      return `file ${proto.name}`;
    }
  };
  const mapEntriesStore = /* @__PURE__ */ new Map();
  const mapEntries = {
    get(typeName) {
      return mapEntriesStore.get(typeName);
    },
    add(desc) {
      var _a2;
      assert(((_a2 = desc.proto.options) === null || _a2 === void 0 ? void 0 : _a2.mapEntry) === true);
      mapEntriesStore.set(desc.typeName, desc);
    }
  };
  for (const enumProto of proto.enumType) {
    addEnum(enumProto, file, void 0, reg);
  }
  for (const messageProto of proto.messageType) {
    addMessage(messageProto, file, void 0, reg, mapEntries);
  }
  for (const serviceProto of proto.service) {
    addService(serviceProto, file, reg);
  }
  addExtensions(file, reg);
  for (const mapEntry of mapEntriesStore.values()) {
    addFields(mapEntry, reg, mapEntries);
  }
  for (const message2 of file.messages) {
    addFields(message2, reg, mapEntries);
    addExtensions(message2, reg);
  }
  reg.addFile(file, true);
}
function addExtensions(desc, reg) {
  switch (desc.kind) {
    case "file":
      for (const proto of desc.proto.extension) {
        const ext = newField(proto, desc, reg);
        desc.extensions.push(ext);
        reg.add(ext);
      }
      break;
    case "message":
      for (const proto of desc.proto.extension) {
        const ext = newField(proto, desc, reg);
        desc.nestedExtensions.push(ext);
        reg.add(ext);
      }
      for (const message2 of desc.nestedMessages) {
        addExtensions(message2, reg);
      }
      break;
  }
}
function addFields(message2, reg, mapEntries) {
  const allOneofs = message2.proto.oneofDecl.map((proto) => newOneof(proto, message2));
  const oneofsSeen = /* @__PURE__ */ new Set();
  for (const proto of message2.proto.field) {
    const oneof = findOneof(proto, allOneofs);
    const field2 = newField(proto, message2, reg, oneof, mapEntries);
    message2.fields.push(field2);
    message2.field[field2.localName] = field2;
    if (oneof === void 0) {
      message2.members.push(field2);
    } else {
      oneof.fields.push(field2);
      if (!oneofsSeen.has(oneof)) {
        oneofsSeen.add(oneof);
        message2.members.push(oneof);
      }
    }
  }
  for (const oneof of allOneofs.filter((o) => oneofsSeen.has(o))) {
    message2.oneofs.push(oneof);
  }
  for (const child of message2.nestedMessages) {
    addFields(child, reg, mapEntries);
  }
}
function addEnum(proto, file, parent, reg) {
  var _a, _b, _c, _d, _e, _f, _g;
  var _h, _j;
  const sharedPrefix = findEnumSharedPrefix(proto.name, proto.value);
  const desc = {
    kind: "enum",
    proto,
    deprecated: (_b = (_a = proto.options) === null || _a === void 0 ? void 0 : _a.deprecated) !== null && _b !== void 0 ? _b : false,
    file,
    parent,
    open: true,
    name: proto.name,
    typeName: makeTypeName(proto, parent, file),
    value: {},
    values: [],
    sharedPrefix,
    toString() {
      return `enum ${this.typeName}`;
    }
  };
  desc.open = isEnumOpen(desc);
  reg.add(desc);
  for (const p of proto.value) {
    const name = p.name;
    const value = {
      kind: "enum_value",
      proto: p,
      deprecated: (_d = (_c = p.options) === null || _c === void 0 ? void 0 : _c.deprecated) !== null && _d !== void 0 ? _d : false,
      parent: desc,
      name,
      localName: safeObjectProperty(sharedPrefix == void 0 ? name : name.substring(sharedPrefix.length)),
      number: p.number,
      jsonName: (_e = findEnumValueJsonName(p)) !== null && _e !== void 0 ? _e : name,
      toString() {
        return `enum value ${desc.typeName}.${name}`;
      }
    };
    desc.values.push(value);
    (_f = (_h = desc.value)[_j = p.number]) !== null && _f !== void 0 ? _f : _h[_j] = value;
  }
  ((_g = parent === null || parent === void 0 ? void 0 : parent.nestedEnums) !== null && _g !== void 0 ? _g : file.enums).push(desc);
}
function addMessage(proto, file, parent, reg, mapEntries) {
  var _a, _b, _c, _d;
  const desc = {
    kind: "message",
    proto,
    deprecated: (_b = (_a = proto.options) === null || _a === void 0 ? void 0 : _a.deprecated) !== null && _b !== void 0 ? _b : false,
    file,
    parent,
    name: proto.name,
    typeName: makeTypeName(proto, parent, file),
    fields: [],
    field: {},
    oneofs: [],
    members: [],
    nestedEnums: [],
    nestedMessages: [],
    nestedExtensions: [],
    toString() {
      return `message ${this.typeName}`;
    }
  };
  if (((_c = proto.options) === null || _c === void 0 ? void 0 : _c.mapEntry) === true) {
    mapEntries.add(desc);
  } else {
    ((_d = parent === null || parent === void 0 ? void 0 : parent.nestedMessages) !== null && _d !== void 0 ? _d : file.messages).push(desc);
    reg.add(desc);
  }
  for (const enumProto of proto.enumType) {
    addEnum(enumProto, file, desc, reg);
  }
  for (const messageProto of proto.nestedType) {
    addMessage(messageProto, file, desc, reg, mapEntries);
  }
}
function addService(proto, file, reg) {
  var _a, _b;
  const desc = {
    kind: "service",
    proto,
    deprecated: (_b = (_a = proto.options) === null || _a === void 0 ? void 0 : _a.deprecated) !== null && _b !== void 0 ? _b : false,
    file,
    name: proto.name,
    typeName: makeTypeName(proto, void 0, file),
    methods: [],
    method: {},
    toString() {
      return `service ${this.typeName}`;
    }
  };
  file.services.push(desc);
  reg.add(desc);
  for (const methodProto of proto.method) {
    const method = newMethod(methodProto, desc, reg);
    desc.methods.push(method);
    desc.method[method.localName] = method;
  }
}
function newMethod(proto, parent, reg) {
  var _a, _b, _c, _d;
  let methodKind;
  if (proto.clientStreaming && proto.serverStreaming) {
    methodKind = "bidi_streaming";
  } else if (proto.clientStreaming) {
    methodKind = "client_streaming";
  } else if (proto.serverStreaming) {
    methodKind = "server_streaming";
  } else {
    methodKind = "unary";
  }
  const input = reg.getMessage(trimLeadingDot(proto.inputType));
  const output = reg.getMessage(trimLeadingDot(proto.outputType));
  assert(input, `invalid MethodDescriptorProto: input_type ${proto.inputType} not found`);
  assert(output, `invalid MethodDescriptorProto: output_type ${proto.inputType} not found`);
  const name = proto.name;
  return {
    kind: "rpc",
    proto,
    deprecated: (_b = (_a = proto.options) === null || _a === void 0 ? void 0 : _a.deprecated) !== null && _b !== void 0 ? _b : false,
    parent,
    name,
    localName: safeObjectProperty(name.length ? safeObjectProperty(name[0].toLowerCase() + name.substring(1)) : name),
    methodKind,
    input,
    output,
    idempotency: (_d = (_c = proto.options) === null || _c === void 0 ? void 0 : _c.idempotencyLevel) !== null && _d !== void 0 ? _d : IDEMPOTENCY_UNKNOWN,
    toString() {
      return `rpc ${parent.typeName}.${name}`;
    }
  };
}
function newOneof(proto, parent) {
  return {
    kind: "oneof",
    proto,
    deprecated: false,
    parent,
    fields: [],
    name: proto.name,
    localName: safeObjectProperty(protoCamelCase(proto.name)),
    toString() {
      return `oneof ${parent.typeName}.${this.name}`;
    }
  };
}
function newField(proto, parentOrFile, reg, oneof, mapEntries) {
  var _a, _b, _c;
  const isExtension2 = mapEntries === void 0;
  const field2 = {
    kind: "field",
    proto,
    deprecated: (_b = (_a = proto.options) === null || _a === void 0 ? void 0 : _a.deprecated) !== null && _b !== void 0 ? _b : false,
    name: proto.name,
    number: proto.number,
    scalar: void 0,
    message: void 0,
    enum: void 0,
    presence: getFieldPresence(proto, oneof, isExtension2, parentOrFile),
    utf8Validation: isUtf8Validated(proto, parentOrFile),
    listKind: void 0,
    mapKind: void 0,
    mapKey: void 0,
    delimitedEncoding: void 0,
    packed: void 0,
    longAsString: false,
    getDefaultValue: void 0
  };
  let toStr;
  if (isExtension2) {
    const file = parentOrFile.kind == "file" ? parentOrFile : parentOrFile.file;
    const parent = parentOrFile.kind == "file" ? void 0 : parentOrFile;
    const typeName = makeTypeName(proto, parent, file);
    field2.kind = "extension";
    field2.file = file;
    field2.parent = parent;
    field2.oneof = void 0;
    field2.typeName = typeName;
    field2.jsonName = `[${typeName}]`;
    toStr = () => `extension ${typeName}`;
    const extendee = reg.getMessage(trimLeadingDot(proto.extendee));
    assert(extendee, `invalid FieldDescriptorProto: extendee ${proto.extendee} not found`);
    field2.extendee = extendee;
  } else {
    const parent = parentOrFile;
    assert(parent.kind == "message");
    field2.parent = parent;
    field2.oneof = oneof;
    field2.localName = oneof ? protoCamelCase(proto.name) : safeObjectProperty(protoCamelCase(proto.name));
    field2.jsonName = proto.jsonName;
    toStr = () => `field ${parent.typeName}.${proto.name}`;
  }
  Object.defineProperty(field2, "toString", {
    value: toStr,
    writable: true,
    enumerable: true,
    configurable: true
  });
  const label = proto.label;
  const type = proto.type;
  const jstype = (_c = proto.options) === null || _c === void 0 ? void 0 : _c.jstype;
  if (label === LABEL_REPEATED) {
    const mapEntry = type == TYPE_MESSAGE ? mapEntries === null || mapEntries === void 0 ? void 0 : mapEntries.get(trimLeadingDot(proto.typeName)) : void 0;
    if (mapEntry) {
      field2.fieldKind = "map";
      const { key: key2, value } = findMapEntryFields(mapEntry);
      field2.mapKey = key2.scalar;
      field2.mapKind = value.fieldKind;
      field2.message = value.message;
      field2.delimitedEncoding = false;
      field2.enum = value.enum;
      field2.scalar = value.scalar;
      return field2;
    }
    field2.fieldKind = "list";
    switch (type) {
      case TYPE_MESSAGE:
      case TYPE_GROUP:
        field2.listKind = "message";
        field2.message = reg.getMessage(trimLeadingDot(proto.typeName));
        assert(field2.message);
        field2.delimitedEncoding = isDelimitedEncoding(proto, parentOrFile);
        break;
      case TYPE_ENUM:
        field2.listKind = "enum";
        field2.enum = reg.getEnum(trimLeadingDot(proto.typeName));
        assert(field2.enum);
        break;
      default:
        field2.listKind = "scalar";
        field2.scalar = type;
        field2.longAsString = jstype == JS_STRING;
        break;
    }
    field2.packed = isPackedField(proto, parentOrFile);
    return field2;
  }
  switch (type) {
    case TYPE_MESSAGE:
    case TYPE_GROUP:
      field2.fieldKind = "message";
      field2.message = reg.getMessage(trimLeadingDot(proto.typeName));
      assert(field2.message, `invalid FieldDescriptorProto: type_name ${proto.typeName} not found`);
      field2.delimitedEncoding = isDelimitedEncoding(proto, parentOrFile);
      field2.getDefaultValue = () => void 0;
      break;
    case TYPE_ENUM: {
      const enumeration = reg.getEnum(trimLeadingDot(proto.typeName));
      assert(enumeration !== void 0, `invalid FieldDescriptorProto: type_name ${proto.typeName} not found`);
      field2.fieldKind = "enum";
      field2.enum = reg.getEnum(trimLeadingDot(proto.typeName));
      field2.getDefaultValue = () => {
        return unsafeIsSetExplicit(proto, "defaultValue") ? parseTextFormatEnumValue(enumeration, proto.defaultValue) : void 0;
      };
      break;
    }
    default: {
      field2.fieldKind = "scalar";
      field2.scalar = type;
      field2.longAsString = jstype == JS_STRING;
      field2.getDefaultValue = () => {
        return unsafeIsSetExplicit(proto, "defaultValue") ? parseTextFormatScalarValue(type, proto.defaultValue) : void 0;
      };
      break;
    }
  }
  return field2;
}
function getFileEdition(proto) {
  switch (proto.syntax) {
    case "":
    case "proto2":
      return EDITION_PROTO22;
    case "proto3":
      return EDITION_PROTO32;
    case "editions":
      if (proto.edition === EDITION_UNSTABLE) {
        return maximumEdition;
      }
      if (proto.edition in featureDefaults) {
        return proto.edition;
      }
      throw new Error(`${proto.name}: unsupported edition`);
    default:
      throw new Error(`${proto.name}: unsupported syntax "${proto.syntax}"`);
  }
}
function findFileDependencies(proto, reg) {
  return proto.dependency.map((wantName) => {
    const dep = reg.getFile(wantName);
    if (!dep) {
      throw new Error(`Cannot find ${wantName}, imported by ${proto.name}`);
    }
    return dep;
  });
}
function findEnumSharedPrefix(enumName, values) {
  const prefix = camelToSnakeCase(enumName) + "_";
  for (const value of values) {
    if (!value.name.toLowerCase().startsWith(prefix)) {
      return void 0;
    }
    const shortName = value.name.substring(prefix.length);
    if (shortName.length == 0) {
      return void 0;
    }
    if (/^\d/.test(shortName)) {
      return void 0;
    }
  }
  return prefix;
}
function findEnumValueJsonName(proto) {
  var _a, _b;
  const extensionNumber = 998;
  const fieldNumber = 1;
  let jsonName;
  for (const uf of (_b = (_a = proto.options) === null || _a === void 0 ? void 0 : _a.$unknown) !== null && _b !== void 0 ? _b : []) {
    if (uf.no !== extensionNumber || uf.wireType !== WireType.LengthDelimited) {
      continue;
    }
    const reader = new BinaryReader(new BinaryReader(uf.data).bytes());
    while (reader.pos < reader.len) {
      const [no, wireType] = reader.tag();
      if (no === fieldNumber && wireType === WireType.LengthDelimited) {
        jsonName = reader.string();
      } else {
        reader.skip(wireType, no);
      }
    }
  }
  return jsonName;
}
function camelToSnakeCase(camel) {
  return (camel.substring(0, 1) + camel.substring(1).replace(/[A-Z]/g, (c) => "_" + c)).toLowerCase();
}
function makeTypeName(proto, parent, file) {
  let typeName;
  if (parent) {
    typeName = `${parent.typeName}.${proto.name}`;
  } else if (file.proto.package.length > 0) {
    typeName = `${file.proto.package}.${proto.name}`;
  } else {
    typeName = `${proto.name}`;
  }
  return typeName;
}
function trimLeadingDot(typeName) {
  return typeName.startsWith(".") ? typeName.substring(1) : typeName;
}
function findOneof(proto, allOneofs) {
  if (!unsafeIsSetExplicit(proto, "oneofIndex")) {
    return void 0;
  }
  if (proto.proto3Optional) {
    return void 0;
  }
  const oneof = allOneofs[proto.oneofIndex];
  assert(oneof, `invalid FieldDescriptorProto: oneof #${proto.oneofIndex} for field #${proto.number} not found`);
  return oneof;
}
function getFieldPresence(proto, oneof, isExtension2, parent) {
  if (proto.label == LABEL_REQUIRED) {
    return LEGACY_REQUIRED;
  }
  if (proto.label == LABEL_REPEATED) {
    return IMPLICIT3;
  }
  if (!!oneof || proto.proto3Optional) {
    return EXPLICIT;
  }
  if (isExtension2) {
    return EXPLICIT;
  }
  const resolved = resolveFeature("fieldPresence", { proto, parent });
  if (resolved == IMPLICIT3 && (proto.type == TYPE_MESSAGE || proto.type == TYPE_GROUP)) {
    return EXPLICIT;
  }
  return resolved;
}
function isPackedField(proto, parent) {
  if (proto.label != LABEL_REPEATED) {
    return false;
  }
  switch (proto.type) {
    case TYPE_STRING:
    case TYPE_BYTES:
    case TYPE_GROUP:
    case TYPE_MESSAGE:
      return false;
  }
  const o = proto.options;
  if (o && unsafeIsSetExplicit(o, "packed")) {
    return o.packed;
  }
  return PACKED == resolveFeature("repeatedFieldEncoding", {
    proto,
    parent
  });
}
function findMapEntryFields(mapEntry) {
  const key2 = mapEntry.fields.find((f) => f.number === 1);
  const value = mapEntry.fields.find((f) => f.number === 2);
  assert(key2 && key2.fieldKind == "scalar" && key2.scalar != ScalarType.BYTES && key2.scalar != ScalarType.FLOAT && key2.scalar != ScalarType.DOUBLE && value && value.fieldKind != "list" && value.fieldKind != "map");
  return { key: key2, value };
}
function isEnumOpen(desc) {
  var _a;
  return OPEN == resolveFeature("enumType", {
    proto: desc.proto,
    parent: (_a = desc.parent) !== null && _a !== void 0 ? _a : desc.file
  });
}
function isDelimitedEncoding(proto, parent) {
  if (proto.type == TYPE_GROUP) {
    return true;
  }
  return DELIMITED == resolveFeature("messageEncoding", {
    proto,
    parent
  });
}
function isUtf8Validated(proto, parent) {
  return VERIFY == resolveFeature("utf8Validation", {
    proto,
    parent
  });
}
function resolveFeature(name, ref) {
  var _a, _b;
  const featureSet = (_a = ref.proto.options) === null || _a === void 0 ? void 0 : _a.features;
  if (featureSet) {
    const val = featureSet[name];
    if (val != 0) {
      return val;
    }
  }
  if ("kind" in ref) {
    if (ref.kind == "message") {
      return resolveFeature(name, (_b = ref.parent) !== null && _b !== void 0 ? _b : ref.file);
    }
    const editionDefaults = featureDefaults[ref.edition];
    if (!editionDefaults) {
      throw new Error(`feature default for edition ${ref.edition} not found`);
    }
    return editionDefaults[name];
  }
  return resolveFeature(name, ref.parent);
}
function assert(condition, msg) {
  if (!condition) {
    throw new Error(msg);
  }
}

// node_modules/@bufbuild/protobuf/dist/esm/codegenv2/boot.js
function boot(boot2) {
  const root = bootFileDescriptorProto(boot2);
  root.messageType.forEach(restoreJsonNames);
  const reg = createEmbeddedFileRegistry(root, () => void 0);
  return reg.getFile(root.name);
}
function bootFileDescriptorProto(init) {
  const proto = /* @__PURE__ */ Object.create({
    syntax: "",
    edition: 0
  });
  return Object.assign(proto, Object.assign(Object.assign({ $typeName: "google.protobuf.FileDescriptorProto", dependency: [], publicDependency: [], weakDependency: [], optionDependency: [], service: [], extension: [] }, init), { messageType: init.messageType.map(bootDescriptorProto), enumType: init.enumType.map(bootEnumDescriptorProto) }));
}
function bootDescriptorProto(init) {
  var _a, _b, _c, _d, _e, _f, _g, _h;
  const proto = /* @__PURE__ */ Object.create({
    visibility: 0
  });
  return Object.assign(proto, {
    $typeName: "google.protobuf.DescriptorProto",
    name: init.name,
    field: (_b = (_a = init.field) === null || _a === void 0 ? void 0 : _a.map(bootFieldDescriptorProto)) !== null && _b !== void 0 ? _b : [],
    extension: [],
    nestedType: (_d = (_c = init.nestedType) === null || _c === void 0 ? void 0 : _c.map(bootDescriptorProto)) !== null && _d !== void 0 ? _d : [],
    enumType: (_f = (_e = init.enumType) === null || _e === void 0 ? void 0 : _e.map(bootEnumDescriptorProto)) !== null && _f !== void 0 ? _f : [],
    extensionRange: (_h = (_g = init.extensionRange) === null || _g === void 0 ? void 0 : _g.map((e) => Object.assign({ $typeName: "google.protobuf.DescriptorProto.ExtensionRange" }, e))) !== null && _h !== void 0 ? _h : [],
    oneofDecl: [],
    reservedRange: [],
    reservedName: []
  });
}
function bootFieldDescriptorProto(init) {
  const proto = /* @__PURE__ */ Object.create({
    label: 1,
    typeName: "",
    extendee: "",
    defaultValue: "",
    oneofIndex: 0,
    jsonName: "",
    proto3Optional: false
  });
  return Object.assign(proto, Object.assign(Object.assign({ $typeName: "google.protobuf.FieldDescriptorProto" }, init), { options: init.options ? bootFieldOptions(init.options) : void 0 }));
}
function bootFieldOptions(init) {
  var _a, _b, _c;
  const proto = /* @__PURE__ */ Object.create({
    ctype: 0,
    packed: false,
    jstype: 0,
    lazy: false,
    unverifiedLazy: false,
    deprecated: false,
    weak: false,
    debugRedact: false,
    retention: 0
  });
  return Object.assign(proto, Object.assign(Object.assign({ $typeName: "google.protobuf.FieldOptions" }, init), { targets: (_a = init.targets) !== null && _a !== void 0 ? _a : [], editionDefaults: (_c = (_b = init.editionDefaults) === null || _b === void 0 ? void 0 : _b.map((e) => Object.assign({ $typeName: "google.protobuf.FieldOptions.EditionDefault" }, e))) !== null && _c !== void 0 ? _c : [], uninterpretedOption: [] }));
}
function bootEnumDescriptorProto(init) {
  const proto = /* @__PURE__ */ Object.create({
    visibility: 0
  });
  return Object.assign(proto, {
    $typeName: "google.protobuf.EnumDescriptorProto",
    name: init.name,
    reservedName: [],
    reservedRange: [],
    value: init.value.map((e) => Object.assign({ $typeName: "google.protobuf.EnumValueDescriptorProto" }, e))
  });
}

// node_modules/@bufbuild/protobuf/dist/esm/codegenv2/message.js
init_define_PROTOGUARD_WKT();
function messageDesc(file, path7, ...paths) {
  return paths.reduce((acc, cur) => acc.nestedMessages[cur], file.messages[path7]);
}

// node_modules/@bufbuild/protobuf/dist/esm/wkt/google/protobuf/descriptor_pb.js
var file_google_protobuf_descriptor = /* @__PURE__ */ boot({ "name": "google/protobuf/descriptor.proto", "package": "google.protobuf", "messageType": [{ "name": "FileDescriptorSet", "field": [{ "name": "file", "number": 1, "type": 11, "label": 3, "typeName": ".google.protobuf.FileDescriptorProto" }], "extensionRange": [{ "start": 536e6, "end": 536000001 }] }, { "name": "FileDescriptorProto", "field": [{ "name": "name", "number": 1, "type": 9, "label": 1 }, { "name": "package", "number": 2, "type": 9, "label": 1 }, { "name": "dependency", "number": 3, "type": 9, "label": 3 }, { "name": "public_dependency", "number": 10, "type": 5, "label": 3 }, { "name": "weak_dependency", "number": 11, "type": 5, "label": 3 }, { "name": "option_dependency", "number": 15, "type": 9, "label": 3 }, { "name": "message_type", "number": 4, "type": 11, "label": 3, "typeName": ".google.protobuf.DescriptorProto" }, { "name": "enum_type", "number": 5, "type": 11, "label": 3, "typeName": ".google.protobuf.EnumDescriptorProto" }, { "name": "service", "number": 6, "type": 11, "label": 3, "typeName": ".google.protobuf.ServiceDescriptorProto" }, { "name": "extension", "number": 7, "type": 11, "label": 3, "typeName": ".google.protobuf.FieldDescriptorProto" }, { "name": "options", "number": 8, "type": 11, "label": 1, "typeName": ".google.protobuf.FileOptions" }, { "name": "source_code_info", "number": 9, "type": 11, "label": 1, "typeName": ".google.protobuf.SourceCodeInfo" }, { "name": "syntax", "number": 12, "type": 9, "label": 1 }, { "name": "edition", "number": 14, "type": 14, "label": 1, "typeName": ".google.protobuf.Edition" }] }, { "name": "DescriptorProto", "field": [{ "name": "name", "number": 1, "type": 9, "label": 1 }, { "name": "field", "number": 2, "type": 11, "label": 3, "typeName": ".google.protobuf.FieldDescriptorProto" }, { "name": "extension", "number": 6, "type": 11, "label": 3, "typeName": ".google.protobuf.FieldDescriptorProto" }, { "name": "nested_type", "number": 3, "type": 11, "label": 3, "typeName": ".google.protobuf.DescriptorProto" }, { "name": "enum_type", "number": 4, "type": 11, "label": 3, "typeName": ".google.protobuf.EnumDescriptorProto" }, { "name": "extension_range", "number": 5, "type": 11, "label": 3, "typeName": ".google.protobuf.DescriptorProto.ExtensionRange" }, { "name": "oneof_decl", "number": 8, "type": 11, "label": 3, "typeName": ".google.protobuf.OneofDescriptorProto" }, { "name": "options", "number": 7, "type": 11, "label": 1, "typeName": ".google.protobuf.MessageOptions" }, { "name": "reserved_range", "number": 9, "type": 11, "label": 3, "typeName": ".google.protobuf.DescriptorProto.ReservedRange" }, { "name": "reserved_name", "number": 10, "type": 9, "label": 3 }, { "name": "visibility", "number": 11, "type": 14, "label": 1, "typeName": ".google.protobuf.SymbolVisibility" }], "nestedType": [{ "name": "ExtensionRange", "field": [{ "name": "start", "number": 1, "type": 5, "label": 1 }, { "name": "end", "number": 2, "type": 5, "label": 1 }, { "name": "options", "number": 3, "type": 11, "label": 1, "typeName": ".google.protobuf.ExtensionRangeOptions" }] }, { "name": "ReservedRange", "field": [{ "name": "start", "number": 1, "type": 5, "label": 1 }, { "name": "end", "number": 2, "type": 5, "label": 1 }] }] }, { "name": "ExtensionRangeOptions", "field": [{ "name": "uninterpreted_option", "number": 999, "type": 11, "label": 3, "typeName": ".google.protobuf.UninterpretedOption" }, { "name": "declaration", "number": 2, "type": 11, "label": 3, "typeName": ".google.protobuf.ExtensionRangeOptions.Declaration", "options": { "retention": 2 } }, { "name": "features", "number": 50, "type": 11, "label": 1, "typeName": ".google.protobuf.FeatureSet" }, { "name": "verification", "number": 3, "type": 14, "label": 1, "typeName": ".google.protobuf.ExtensionRangeOptions.VerificationState", "defaultValue": "UNVERIFIED", "options": { "retention": 2 } }], "nestedType": [{ "name": "Declaration", "field": [{ "name": "number", "number": 1, "type": 5, "label": 1 }, { "name": "full_name", "number": 2, "type": 9, "label": 1 }, { "name": "type", "number": 3, "type": 9, "label": 1 }, { "name": "reserved", "number": 5, "type": 8, "label": 1 }, { "name": "repeated", "number": 6, "type": 8, "label": 1 }] }], "enumType": [{ "name": "VerificationState", "value": [{ "name": "DECLARATION", "number": 0 }, { "name": "UNVERIFIED", "number": 1 }] }], "extensionRange": [{ "start": 990, "end": 999 }, { "start": 1e3, "end": 536870912 }] }, { "name": "FieldDescriptorProto", "field": [{ "name": "name", "number": 1, "type": 9, "label": 1 }, { "name": "number", "number": 3, "type": 5, "label": 1 }, { "name": "label", "number": 4, "type": 14, "label": 1, "typeName": ".google.protobuf.FieldDescriptorProto.Label" }, { "name": "type", "number": 5, "type": 14, "label": 1, "typeName": ".google.protobuf.FieldDescriptorProto.Type" }, { "name": "type_name", "number": 6, "type": 9, "label": 1 }, { "name": "extendee", "number": 2, "type": 9, "label": 1 }, { "name": "default_value", "number": 7, "type": 9, "label": 1 }, { "name": "oneof_index", "number": 9, "type": 5, "label": 1 }, { "name": "json_name", "number": 10, "type": 9, "label": 1 }, { "name": "options", "number": 8, "type": 11, "label": 1, "typeName": ".google.protobuf.FieldOptions" }, { "name": "proto3_optional", "number": 17, "type": 8, "label": 1 }], "enumType": [{ "name": "Type", "value": [{ "name": "TYPE_DOUBLE", "number": 1 }, { "name": "TYPE_FLOAT", "number": 2 }, { "name": "TYPE_INT64", "number": 3 }, { "name": "TYPE_UINT64", "number": 4 }, { "name": "TYPE_INT32", "number": 5 }, { "name": "TYPE_FIXED64", "number": 6 }, { "name": "TYPE_FIXED32", "number": 7 }, { "name": "TYPE_BOOL", "number": 8 }, { "name": "TYPE_STRING", "number": 9 }, { "name": "TYPE_GROUP", "number": 10 }, { "name": "TYPE_MESSAGE", "number": 11 }, { "name": "TYPE_BYTES", "number": 12 }, { "name": "TYPE_UINT32", "number": 13 }, { "name": "TYPE_ENUM", "number": 14 }, { "name": "TYPE_SFIXED32", "number": 15 }, { "name": "TYPE_SFIXED64", "number": 16 }, { "name": "TYPE_SINT32", "number": 17 }, { "name": "TYPE_SINT64", "number": 18 }] }, { "name": "Label", "value": [{ "name": "LABEL_OPTIONAL", "number": 1 }, { "name": "LABEL_REPEATED", "number": 3 }, { "name": "LABEL_REQUIRED", "number": 2 }] }] }, { "name": "OneofDescriptorProto", "field": [{ "name": "name", "number": 1, "type": 9, "label": 1 }, { "name": "options", "number": 2, "type": 11, "label": 1, "typeName": ".google.protobuf.OneofOptions" }] }, { "name": "EnumDescriptorProto", "field": [{ "name": "name", "number": 1, "type": 9, "label": 1 }, { "name": "value", "number": 2, "type": 11, "label": 3, "typeName": ".google.protobuf.EnumValueDescriptorProto" }, { "name": "options", "number": 3, "type": 11, "label": 1, "typeName": ".google.protobuf.EnumOptions" }, { "name": "reserved_range", "number": 4, "type": 11, "label": 3, "typeName": ".google.protobuf.EnumDescriptorProto.EnumReservedRange" }, { "name": "reserved_name", "number": 5, "type": 9, "label": 3 }, { "name": "visibility", "number": 6, "type": 14, "label": 1, "typeName": ".google.protobuf.SymbolVisibility" }], "nestedType": [{ "name": "EnumReservedRange", "field": [{ "name": "start", "number": 1, "type": 5, "label": 1 }, { "name": "end", "number": 2, "type": 5, "label": 1 }] }] }, { "name": "EnumValueDescriptorProto", "field": [{ "name": "name", "number": 1, "type": 9, "label": 1 }, { "name": "number", "number": 2, "type": 5, "label": 1 }, { "name": "options", "number": 3, "type": 11, "label": 1, "typeName": ".google.protobuf.EnumValueOptions" }] }, { "name": "ServiceDescriptorProto", "field": [{ "name": "name", "number": 1, "type": 9, "label": 1 }, { "name": "method", "number": 2, "type": 11, "label": 3, "typeName": ".google.protobuf.MethodDescriptorProto" }, { "name": "options", "number": 3, "type": 11, "label": 1, "typeName": ".google.protobuf.ServiceOptions" }] }, { "name": "MethodDescriptorProto", "field": [{ "name": "name", "number": 1, "type": 9, "label": 1 }, { "name": "input_type", "number": 2, "type": 9, "label": 1 }, { "name": "output_type", "number": 3, "type": 9, "label": 1 }, { "name": "options", "number": 4, "type": 11, "label": 1, "typeName": ".google.protobuf.MethodOptions" }, { "name": "client_streaming", "number": 5, "type": 8, "label": 1, "defaultValue": "false" }, { "name": "server_streaming", "number": 6, "type": 8, "label": 1, "defaultValue": "false" }] }, { "name": "FileOptions", "field": [{ "name": "java_package", "number": 1, "type": 9, "label": 1 }, { "name": "java_outer_classname", "number": 8, "type": 9, "label": 1 }, { "name": "java_multiple_files", "number": 10, "type": 8, "label": 1, "defaultValue": "false", "options": {} }, { "name": "java_generate_equals_and_hash", "number": 20, "type": 8, "label": 1, "options": { "deprecated": true } }, { "name": "java_string_check_utf8", "number": 27, "type": 8, "label": 1, "defaultValue": "false" }, { "name": "optimize_for", "number": 9, "type": 14, "label": 1, "typeName": ".google.protobuf.FileOptions.OptimizeMode", "defaultValue": "SPEED" }, { "name": "go_package", "number": 11, "type": 9, "label": 1 }, { "name": "cc_generic_services", "number": 16, "type": 8, "label": 1, "defaultValue": "false" }, { "name": "java_generic_services", "number": 17, "type": 8, "label": 1, "defaultValue": "false" }, { "name": "py_generic_services", "number": 18, "type": 8, "label": 1, "defaultValue": "false" }, { "name": "deprecated", "number": 23, "type": 8, "label": 1, "defaultValue": "false" }, { "name": "cc_enable_arenas", "number": 31, "type": 8, "label": 1, "defaultValue": "true", "options": {} }, { "name": "objc_class_prefix", "number": 36, "type": 9, "label": 1 }, { "name": "csharp_namespace", "number": 37, "type": 9, "label": 1 }, { "name": "swift_prefix", "number": 39, "type": 9, "label": 1 }, { "name": "php_class_prefix", "number": 40, "type": 9, "label": 1 }, { "name": "php_namespace", "number": 41, "type": 9, "label": 1 }, { "name": "php_metadata_namespace", "number": 44, "type": 9, "label": 1 }, { "name": "ruby_package", "number": 45, "type": 9, "label": 1 }, { "name": "features", "number": 50, "type": 11, "label": 1, "typeName": ".google.protobuf.FeatureSet" }, { "name": "uninterpreted_option", "number": 999, "type": 11, "label": 3, "typeName": ".google.protobuf.UninterpretedOption" }], "enumType": [{ "name": "OptimizeMode", "value": [{ "name": "SPEED", "number": 1 }, { "name": "CODE_SIZE", "number": 2 }, { "name": "LITE_RUNTIME", "number": 3 }] }], "extensionRange": [{ "start": 990, "end": 999 }, { "start": 1e3, "end": 536870912 }] }, { "name": "MessageOptions", "field": [{ "name": "message_set_wire_format", "number": 1, "type": 8, "label": 1, "defaultValue": "false" }, { "name": "no_standard_descriptor_accessor", "number": 2, "type": 8, "label": 1, "defaultValue": "false" }, { "name": "deprecated", "number": 3, "type": 8, "label": 1, "defaultValue": "false" }, { "name": "map_entry", "number": 7, "type": 8, "label": 1 }, { "name": "deprecated_legacy_json_field_conflicts", "number": 11, "type": 8, "label": 1, "options": { "deprecated": true } }, { "name": "features", "number": 12, "type": 11, "label": 1, "typeName": ".google.protobuf.FeatureSet" }, { "name": "uninterpreted_option", "number": 999, "type": 11, "label": 3, "typeName": ".google.protobuf.UninterpretedOption" }], "extensionRange": [{ "start": 990, "end": 999 }, { "start": 1e3, "end": 536870912 }] }, { "name": "FieldOptions", "field": [{ "name": "ctype", "number": 1, "type": 14, "label": 1, "typeName": ".google.protobuf.FieldOptions.CType", "defaultValue": "STRING" }, { "name": "packed", "number": 2, "type": 8, "label": 1 }, { "name": "jstype", "number": 6, "type": 14, "label": 1, "typeName": ".google.protobuf.FieldOptions.JSType", "defaultValue": "JS_NORMAL" }, { "name": "lazy", "number": 5, "type": 8, "label": 1, "defaultValue": "false" }, { "name": "unverified_lazy", "number": 15, "type": 8, "label": 1, "defaultValue": "false" }, { "name": "deprecated", "number": 3, "type": 8, "label": 1, "defaultValue": "false" }, { "name": "weak", "number": 10, "type": 8, "label": 1, "defaultValue": "false", "options": { "deprecated": true } }, { "name": "debug_redact", "number": 16, "type": 8, "label": 1, "defaultValue": "false" }, { "name": "retention", "number": 17, "type": 14, "label": 1, "typeName": ".google.protobuf.FieldOptions.OptionRetention" }, { "name": "targets", "number": 19, "type": 14, "label": 3, "typeName": ".google.protobuf.FieldOptions.OptionTargetType" }, { "name": "edition_defaults", "number": 20, "type": 11, "label": 3, "typeName": ".google.protobuf.FieldOptions.EditionDefault" }, { "name": "features", "number": 21, "type": 11, "label": 1, "typeName": ".google.protobuf.FeatureSet" }, { "name": "feature_support", "number": 22, "type": 11, "label": 1, "typeName": ".google.protobuf.FieldOptions.FeatureSupport" }, { "name": "uninterpreted_option", "number": 999, "type": 11, "label": 3, "typeName": ".google.protobuf.UninterpretedOption" }], "nestedType": [{ "name": "EditionDefault", "field": [{ "name": "edition", "number": 3, "type": 14, "label": 1, "typeName": ".google.protobuf.Edition" }, { "name": "value", "number": 2, "type": 9, "label": 1 }] }, { "name": "FeatureSupport", "field": [{ "name": "edition_introduced", "number": 1, "type": 14, "label": 1, "typeName": ".google.protobuf.Edition" }, { "name": "edition_deprecated", "number": 2, "type": 14, "label": 1, "typeName": ".google.protobuf.Edition" }, { "name": "deprecation_warning", "number": 3, "type": 9, "label": 1 }, { "name": "edition_removed", "number": 4, "type": 14, "label": 1, "typeName": ".google.protobuf.Edition" }, { "name": "removal_error", "number": 5, "type": 9, "label": 1 }] }], "enumType": [{ "name": "CType", "value": [{ "name": "STRING", "number": 0 }, { "name": "CORD", "number": 1 }, { "name": "STRING_PIECE", "number": 2 }] }, { "name": "JSType", "value": [{ "name": "JS_NORMAL", "number": 0 }, { "name": "JS_STRING", "number": 1 }, { "name": "JS_NUMBER", "number": 2 }] }, { "name": "OptionRetention", "value": [{ "name": "RETENTION_UNKNOWN", "number": 0 }, { "name": "RETENTION_RUNTIME", "number": 1 }, { "name": "RETENTION_SOURCE", "number": 2 }] }, { "name": "OptionTargetType", "value": [{ "name": "TARGET_TYPE_UNKNOWN", "number": 0 }, { "name": "TARGET_TYPE_FILE", "number": 1 }, { "name": "TARGET_TYPE_EXTENSION_RANGE", "number": 2 }, { "name": "TARGET_TYPE_MESSAGE", "number": 3 }, { "name": "TARGET_TYPE_FIELD", "number": 4 }, { "name": "TARGET_TYPE_ONEOF", "number": 5 }, { "name": "TARGET_TYPE_ENUM", "number": 6 }, { "name": "TARGET_TYPE_ENUM_ENTRY", "number": 7 }, { "name": "TARGET_TYPE_SERVICE", "number": 8 }, { "name": "TARGET_TYPE_METHOD", "number": 9 }] }], "extensionRange": [{ "start": 990, "end": 999 }, { "start": 1e3, "end": 536870912 }] }, { "name": "OneofOptions", "field": [{ "name": "features", "number": 1, "type": 11, "label": 1, "typeName": ".google.protobuf.FeatureSet" }, { "name": "uninterpreted_option", "number": 999, "type": 11, "label": 3, "typeName": ".google.protobuf.UninterpretedOption" }], "extensionRange": [{ "start": 990, "end": 999 }, { "start": 1e3, "end": 536870912 }] }, { "name": "EnumOptions", "field": [{ "name": "allow_alias", "number": 2, "type": 8, "label": 1 }, { "name": "deprecated", "number": 3, "type": 8, "label": 1, "defaultValue": "false" }, { "name": "deprecated_legacy_json_field_conflicts", "number": 6, "type": 8, "label": 1, "options": { "deprecated": true } }, { "name": "features", "number": 7, "type": 11, "label": 1, "typeName": ".google.protobuf.FeatureSet" }, { "name": "uninterpreted_option", "number": 999, "type": 11, "label": 3, "typeName": ".google.protobuf.UninterpretedOption" }], "extensionRange": [{ "start": 990, "end": 999 }, { "start": 1e3, "end": 536870912 }] }, { "name": "EnumValueOptions", "field": [{ "name": "deprecated", "number": 1, "type": 8, "label": 1, "defaultValue": "false" }, { "name": "features", "number": 2, "type": 11, "label": 1, "typeName": ".google.protobuf.FeatureSet" }, { "name": "debug_redact", "number": 3, "type": 8, "label": 1, "defaultValue": "false" }, { "name": "feature_support", "number": 4, "type": 11, "label": 1, "typeName": ".google.protobuf.FieldOptions.FeatureSupport" }, { "name": "uninterpreted_option", "number": 999, "type": 11, "label": 3, "typeName": ".google.protobuf.UninterpretedOption" }], "extensionRange": [{ "start": 990, "end": 999 }, { "start": 1e3, "end": 536870912 }] }, { "name": "ServiceOptions", "field": [{ "name": "features", "number": 34, "type": 11, "label": 1, "typeName": ".google.protobuf.FeatureSet" }, { "name": "deprecated", "number": 33, "type": 8, "label": 1, "defaultValue": "false" }, { "name": "uninterpreted_option", "number": 999, "type": 11, "label": 3, "typeName": ".google.protobuf.UninterpretedOption" }], "extensionRange": [{ "start": 990, "end": 999 }, { "start": 1e3, "end": 536870912 }] }, { "name": "MethodOptions", "field": [{ "name": "deprecated", "number": 33, "type": 8, "label": 1, "defaultValue": "false" }, { "name": "idempotency_level", "number": 34, "type": 14, "label": 1, "typeName": ".google.protobuf.MethodOptions.IdempotencyLevel", "defaultValue": "IDEMPOTENCY_UNKNOWN" }, { "name": "features", "number": 35, "type": 11, "label": 1, "typeName": ".google.protobuf.FeatureSet" }, { "name": "uninterpreted_option", "number": 999, "type": 11, "label": 3, "typeName": ".google.protobuf.UninterpretedOption" }], "enumType": [{ "name": "IdempotencyLevel", "value": [{ "name": "IDEMPOTENCY_UNKNOWN", "number": 0 }, { "name": "NO_SIDE_EFFECTS", "number": 1 }, { "name": "IDEMPOTENT", "number": 2 }] }], "extensionRange": [{ "start": 990, "end": 999 }, { "start": 1e3, "end": 536870912 }] }, { "name": "UninterpretedOption", "field": [{ "name": "name", "number": 2, "type": 11, "label": 3, "typeName": ".google.protobuf.UninterpretedOption.NamePart" }, { "name": "identifier_value", "number": 3, "type": 9, "label": 1 }, { "name": "positive_int_value", "number": 4, "type": 4, "label": 1 }, { "name": "negative_int_value", "number": 5, "type": 3, "label": 1 }, { "name": "double_value", "number": 6, "type": 1, "label": 1 }, { "name": "string_value", "number": 7, "type": 12, "label": 1 }, { "name": "aggregate_value", "number": 8, "type": 9, "label": 1 }], "nestedType": [{ "name": "NamePart", "field": [{ "name": "name_part", "number": 1, "type": 9, "label": 2 }, { "name": "is_extension", "number": 2, "type": 8, "label": 2 }] }] }, { "name": "FeatureSet", "field": [{ "name": "field_presence", "number": 1, "type": 14, "label": 1, "typeName": ".google.protobuf.FeatureSet.FieldPresence", "options": { "retention": 1, "targets": [4, 1], "editionDefaults": [{ "value": "EXPLICIT", "edition": 900 }, { "value": "IMPLICIT", "edition": 999 }, { "value": "EXPLICIT", "edition": 1e3 }] } }, { "name": "enum_type", "number": 2, "type": 14, "label": 1, "typeName": ".google.protobuf.FeatureSet.EnumType", "options": { "retention": 1, "targets": [6, 1], "editionDefaults": [{ "value": "CLOSED", "edition": 900 }, { "value": "OPEN", "edition": 999 }] } }, { "name": "repeated_field_encoding", "number": 3, "type": 14, "label": 1, "typeName": ".google.protobuf.FeatureSet.RepeatedFieldEncoding", "options": { "retention": 1, "targets": [4, 1], "editionDefaults": [{ "value": "EXPANDED", "edition": 900 }, { "value": "PACKED", "edition": 999 }] } }, { "name": "utf8_validation", "number": 4, "type": 14, "label": 1, "typeName": ".google.protobuf.FeatureSet.Utf8Validation", "options": { "retention": 1, "targets": [4, 1], "editionDefaults": [{ "value": "NONE", "edition": 900 }, { "value": "VERIFY", "edition": 999 }] } }, { "name": "message_encoding", "number": 5, "type": 14, "label": 1, "typeName": ".google.protobuf.FeatureSet.MessageEncoding", "options": { "retention": 1, "targets": [4, 1], "editionDefaults": [{ "value": "LENGTH_PREFIXED", "edition": 900 }] } }, { "name": "json_format", "number": 6, "type": 14, "label": 1, "typeName": ".google.protobuf.FeatureSet.JsonFormat", "options": { "retention": 1, "targets": [3, 6, 1], "editionDefaults": [{ "value": "LEGACY_BEST_EFFORT", "edition": 900 }, { "value": "ALLOW", "edition": 999 }] } }, { "name": "enforce_naming_style", "number": 7, "type": 14, "label": 1, "typeName": ".google.protobuf.FeatureSet.EnforceNamingStyle", "options": { "retention": 2, "targets": [1, 2, 3, 4, 5, 6, 7, 8, 9], "editionDefaults": [{ "value": "STYLE_LEGACY", "edition": 900 }, { "value": "STYLE2024", "edition": 1001 }, { "value": "STYLE2026", "edition": 1002 }] } }, { "name": "default_symbol_visibility", "number": 8, "type": 14, "label": 1, "typeName": ".google.protobuf.FeatureSet.VisibilityFeature.DefaultSymbolVisibility", "options": { "retention": 2, "targets": [1], "editionDefaults": [{ "value": "EXPORT_ALL", "edition": 900 }, { "value": "EXPORT_TOP_LEVEL", "edition": 1001 }, { "value": "STRICT", "edition": 1002 }] } }, { "name": "enforce_proto_limits", "number": 9, "type": 14, "label": 1, "typeName": ".google.protobuf.FeatureSet.ProtoLimitsFeature.EnforceProtoLimits", "options": { "retention": 2, "targets": [6, 3, 4, 5], "editionDefaults": [{ "value": "LEGACY_NO_EXPLICIT_LIMITS", "edition": 900 }, { "value": "PROTO_LIMITS2026", "edition": 1002 }] } }], "nestedType": [{ "name": "VisibilityFeature", "enumType": [{ "name": "DefaultSymbolVisibility", "value": [{ "name": "DEFAULT_SYMBOL_VISIBILITY_UNKNOWN", "number": 0 }, { "name": "EXPORT_ALL", "number": 1 }, { "name": "EXPORT_TOP_LEVEL", "number": 2 }, { "name": "LOCAL_ALL", "number": 3 }, { "name": "STRICT", "number": 4 }] }] }, { "name": "ProtoLimitsFeature", "enumType": [{ "name": "EnforceProtoLimits", "value": [{ "name": "PROTO_LIMITS_UNKNOWN", "number": 0 }, { "name": "LEGACY_NO_EXPLICIT_LIMITS", "number": 1 }, { "name": "PROTO_LIMITS2026", "number": 2 }] }] }], "enumType": [{ "name": "FieldPresence", "value": [{ "name": "FIELD_PRESENCE_UNKNOWN", "number": 0 }, { "name": "EXPLICIT", "number": 1 }, { "name": "IMPLICIT", "number": 2 }, { "name": "LEGACY_REQUIRED", "number": 3 }] }, { "name": "EnumType", "value": [{ "name": "ENUM_TYPE_UNKNOWN", "number": 0 }, { "name": "OPEN", "number": 1 }, { "name": "CLOSED", "number": 2 }] }, { "name": "RepeatedFieldEncoding", "value": [{ "name": "REPEATED_FIELD_ENCODING_UNKNOWN", "number": 0 }, { "name": "PACKED", "number": 1 }, { "name": "EXPANDED", "number": 2 }] }, { "name": "Utf8Validation", "value": [{ "name": "UTF8_VALIDATION_UNKNOWN", "number": 0 }, { "name": "VERIFY", "number": 2 }, { "name": "NONE", "number": 3 }] }, { "name": "MessageEncoding", "value": [{ "name": "MESSAGE_ENCODING_UNKNOWN", "number": 0 }, { "name": "LENGTH_PREFIXED", "number": 1 }, { "name": "DELIMITED", "number": 2 }] }, { "name": "JsonFormat", "value": [{ "name": "JSON_FORMAT_UNKNOWN", "number": 0 }, { "name": "ALLOW", "number": 1 }, { "name": "LEGACY_BEST_EFFORT", "number": 2 }] }, { "name": "EnforceNamingStyle", "value": [{ "name": "ENFORCE_NAMING_STYLE_UNKNOWN", "number": 0 }, { "name": "STYLE2024", "number": 1 }, { "name": "STYLE_LEGACY", "number": 2 }, { "name": "STYLE2026", "number": 3 }] }], "extensionRange": [{ "start": 1e3, "end": 9995 }, { "start": 9995, "end": 1e4 }, { "start": 1e4, "end": 10001 }] }, { "name": "FeatureSetDefaults", "field": [{ "name": "defaults", "number": 1, "type": 11, "label": 3, "typeName": ".google.protobuf.FeatureSetDefaults.FeatureSetEditionDefault" }, { "name": "minimum_edition", "number": 4, "type": 14, "label": 1, "typeName": ".google.protobuf.Edition" }, { "name": "maximum_edition", "number": 5, "type": 14, "label": 1, "typeName": ".google.protobuf.Edition" }], "nestedType": [{ "name": "FeatureSetEditionDefault", "field": [{ "name": "edition", "number": 3, "type": 14, "label": 1, "typeName": ".google.protobuf.Edition" }, { "name": "overridable_features", "number": 4, "type": 11, "label": 1, "typeName": ".google.protobuf.FeatureSet" }, { "name": "fixed_features", "number": 5, "type": 11, "label": 1, "typeName": ".google.protobuf.FeatureSet" }] }] }, { "name": "SourceCodeInfo", "field": [{ "name": "location", "number": 1, "type": 11, "label": 3, "typeName": ".google.protobuf.SourceCodeInfo.Location" }], "nestedType": [{ "name": "Location", "field": [{ "name": "path", "number": 1, "type": 5, "label": 3, "options": { "packed": true } }, { "name": "span", "number": 2, "type": 5, "label": 3, "options": { "packed": true } }, { "name": "leading_comments", "number": 3, "type": 9, "label": 1 }, { "name": "trailing_comments", "number": 4, "type": 9, "label": 1 }, { "name": "leading_detached_comments", "number": 6, "type": 9, "label": 3 }] }], "extensionRange": [{ "start": 536e6, "end": 536000001 }] }, { "name": "GeneratedCodeInfo", "field": [{ "name": "annotation", "number": 1, "type": 11, "label": 3, "typeName": ".google.protobuf.GeneratedCodeInfo.Annotation" }], "nestedType": [{ "name": "Annotation", "field": [{ "name": "path", "number": 1, "type": 5, "label": 3, "options": { "packed": true } }, { "name": "source_file", "number": 2, "type": 9, "label": 1 }, { "name": "begin", "number": 3, "type": 5, "label": 1 }, { "name": "end", "number": 4, "type": 5, "label": 1 }, { "name": "semantic", "number": 5, "type": 14, "label": 1, "typeName": ".google.protobuf.GeneratedCodeInfo.Annotation.Semantic" }], "enumType": [{ "name": "Semantic", "value": [{ "name": "NONE", "number": 0 }, { "name": "SET", "number": 1 }, { "name": "ALIAS", "number": 2 }] }] }] }], "enumType": [{ "name": "Edition", "value": [{ "name": "EDITION_UNKNOWN", "number": 0 }, { "name": "EDITION_LEGACY", "number": 900 }, { "name": "EDITION_PROTO2", "number": 998 }, { "name": "EDITION_PROTO3", "number": 999 }, { "name": "EDITION_2023", "number": 1e3 }, { "name": "EDITION_2024", "number": 1001 }, { "name": "EDITION_2026", "number": 1002 }, { "name": "EDITION_UNSTABLE", "number": 9999 }, { "name": "EDITION_1_TEST_ONLY", "number": 1 }, { "name": "EDITION_2_TEST_ONLY", "number": 2 }, { "name": "EDITION_99997_TEST_ONLY", "number": 99997 }, { "name": "EDITION_99998_TEST_ONLY", "number": 99998 }, { "name": "EDITION_99999_TEST_ONLY", "number": 99999 }, { "name": "EDITION_MAX", "number": 2147483647 }] }, { "name": "SymbolVisibility", "value": [{ "name": "VISIBILITY_UNSET", "number": 0 }, { "name": "VISIBILITY_LOCAL", "number": 1 }, { "name": "VISIBILITY_EXPORT", "number": 2 }] }] });
var FileDescriptorSetSchema = /* @__PURE__ */ messageDesc(file_google_protobuf_descriptor, 0);
var FileDescriptorProtoSchema = /* @__PURE__ */ messageDesc(file_google_protobuf_descriptor, 1);
var DescriptorProtoSchema = /* @__PURE__ */ messageDesc(file_google_protobuf_descriptor, 2);
var DescriptorProto_ExtensionRangeSchema = /* @__PURE__ */ messageDesc(file_google_protobuf_descriptor, 2, 0);
var DescriptorProto_ReservedRangeSchema = /* @__PURE__ */ messageDesc(file_google_protobuf_descriptor, 2, 1);
var ExtensionRangeOptionsSchema = /* @__PURE__ */ messageDesc(file_google_protobuf_descriptor, 3);
var ExtensionRangeOptions_VerificationState;
(function(ExtensionRangeOptions_VerificationState2) {
  ExtensionRangeOptions_VerificationState2[ExtensionRangeOptions_VerificationState2["DECLARATION"] = 0] = "DECLARATION";
  ExtensionRangeOptions_VerificationState2[ExtensionRangeOptions_VerificationState2["UNVERIFIED"] = 1] = "UNVERIFIED";
})(ExtensionRangeOptions_VerificationState || (ExtensionRangeOptions_VerificationState = {}));
var FieldDescriptorProtoSchema = /* @__PURE__ */ messageDesc(file_google_protobuf_descriptor, 4);
var FieldDescriptorProto_Type;
(function(FieldDescriptorProto_Type3) {
  FieldDescriptorProto_Type3[FieldDescriptorProto_Type3["DOUBLE"] = 1] = "DOUBLE";
  FieldDescriptorProto_Type3[FieldDescriptorProto_Type3["FLOAT"] = 2] = "FLOAT";
  FieldDescriptorProto_Type3[FieldDescriptorProto_Type3["INT64"] = 3] = "INT64";
  FieldDescriptorProto_Type3[FieldDescriptorProto_Type3["UINT64"] = 4] = "UINT64";
  FieldDescriptorProto_Type3[FieldDescriptorProto_Type3["INT32"] = 5] = "INT32";
  FieldDescriptorProto_Type3[FieldDescriptorProto_Type3["FIXED64"] = 6] = "FIXED64";
  FieldDescriptorProto_Type3[FieldDescriptorProto_Type3["FIXED32"] = 7] = "FIXED32";
  FieldDescriptorProto_Type3[FieldDescriptorProto_Type3["BOOL"] = 8] = "BOOL";
  FieldDescriptorProto_Type3[FieldDescriptorProto_Type3["STRING"] = 9] = "STRING";
  FieldDescriptorProto_Type3[FieldDescriptorProto_Type3["GROUP"] = 10] = "GROUP";
  FieldDescriptorProto_Type3[FieldDescriptorProto_Type3["MESSAGE"] = 11] = "MESSAGE";
  FieldDescriptorProto_Type3[FieldDescriptorProto_Type3["BYTES"] = 12] = "BYTES";
  FieldDescriptorProto_Type3[FieldDescriptorProto_Type3["UINT32"] = 13] = "UINT32";
  FieldDescriptorProto_Type3[FieldDescriptorProto_Type3["ENUM"] = 14] = "ENUM";
  FieldDescriptorProto_Type3[FieldDescriptorProto_Type3["SFIXED32"] = 15] = "SFIXED32";
  FieldDescriptorProto_Type3[FieldDescriptorProto_Type3["SFIXED64"] = 16] = "SFIXED64";
  FieldDescriptorProto_Type3[FieldDescriptorProto_Type3["SINT32"] = 17] = "SINT32";
  FieldDescriptorProto_Type3[FieldDescriptorProto_Type3["SINT64"] = 18] = "SINT64";
})(FieldDescriptorProto_Type || (FieldDescriptorProto_Type = {}));
var FieldDescriptorProto_Label;
(function(FieldDescriptorProto_Label2) {
  FieldDescriptorProto_Label2[FieldDescriptorProto_Label2["OPTIONAL"] = 1] = "OPTIONAL";
  FieldDescriptorProto_Label2[FieldDescriptorProto_Label2["REPEATED"] = 3] = "REPEATED";
  FieldDescriptorProto_Label2[FieldDescriptorProto_Label2["REQUIRED"] = 2] = "REQUIRED";
})(FieldDescriptorProto_Label || (FieldDescriptorProto_Label = {}));
var OneofDescriptorProtoSchema = /* @__PURE__ */ messageDesc(file_google_protobuf_descriptor, 5);
var EnumDescriptorProtoSchema = /* @__PURE__ */ messageDesc(file_google_protobuf_descriptor, 6);
var EnumDescriptorProto_EnumReservedRangeSchema = /* @__PURE__ */ messageDesc(file_google_protobuf_descriptor, 6, 0);
var EnumValueDescriptorProtoSchema = /* @__PURE__ */ messageDesc(file_google_protobuf_descriptor, 7);
var ServiceDescriptorProtoSchema = /* @__PURE__ */ messageDesc(file_google_protobuf_descriptor, 8);
var MethodDescriptorProtoSchema = /* @__PURE__ */ messageDesc(file_google_protobuf_descriptor, 9);
var FileOptionsSchema = /* @__PURE__ */ messageDesc(file_google_protobuf_descriptor, 10);
var FileOptions_OptimizeMode;
(function(FileOptions_OptimizeMode2) {
  FileOptions_OptimizeMode2[FileOptions_OptimizeMode2["SPEED"] = 1] = "SPEED";
  FileOptions_OptimizeMode2[FileOptions_OptimizeMode2["CODE_SIZE"] = 2] = "CODE_SIZE";
  FileOptions_OptimizeMode2[FileOptions_OptimizeMode2["LITE_RUNTIME"] = 3] = "LITE_RUNTIME";
})(FileOptions_OptimizeMode || (FileOptions_OptimizeMode = {}));
var MessageOptionsSchema = /* @__PURE__ */ messageDesc(file_google_protobuf_descriptor, 11);
var FieldOptionsSchema = /* @__PURE__ */ messageDesc(file_google_protobuf_descriptor, 12);
var FieldOptions_CType;
(function(FieldOptions_CType2) {
  FieldOptions_CType2[FieldOptions_CType2["STRING"] = 0] = "STRING";
  FieldOptions_CType2[FieldOptions_CType2["CORD"] = 1] = "CORD";
  FieldOptions_CType2[FieldOptions_CType2["STRING_PIECE"] = 2] = "STRING_PIECE";
})(FieldOptions_CType || (FieldOptions_CType = {}));
var FieldOptions_JSType;
(function(FieldOptions_JSType2) {
  FieldOptions_JSType2[FieldOptions_JSType2["JS_NORMAL"] = 0] = "JS_NORMAL";
  FieldOptions_JSType2[FieldOptions_JSType2["JS_STRING"] = 1] = "JS_STRING";
  FieldOptions_JSType2[FieldOptions_JSType2["JS_NUMBER"] = 2] = "JS_NUMBER";
})(FieldOptions_JSType || (FieldOptions_JSType = {}));
var FieldOptions_OptionRetention;
(function(FieldOptions_OptionRetention2) {
  FieldOptions_OptionRetention2[FieldOptions_OptionRetention2["RETENTION_UNKNOWN"] = 0] = "RETENTION_UNKNOWN";
  FieldOptions_OptionRetention2[FieldOptions_OptionRetention2["RETENTION_RUNTIME"] = 1] = "RETENTION_RUNTIME";
  FieldOptions_OptionRetention2[FieldOptions_OptionRetention2["RETENTION_SOURCE"] = 2] = "RETENTION_SOURCE";
})(FieldOptions_OptionRetention || (FieldOptions_OptionRetention = {}));
var FieldOptions_OptionTargetType;
(function(FieldOptions_OptionTargetType2) {
  FieldOptions_OptionTargetType2[FieldOptions_OptionTargetType2["TARGET_TYPE_UNKNOWN"] = 0] = "TARGET_TYPE_UNKNOWN";
  FieldOptions_OptionTargetType2[FieldOptions_OptionTargetType2["TARGET_TYPE_FILE"] = 1] = "TARGET_TYPE_FILE";
  FieldOptions_OptionTargetType2[FieldOptions_OptionTargetType2["TARGET_TYPE_EXTENSION_RANGE"] = 2] = "TARGET_TYPE_EXTENSION_RANGE";
  FieldOptions_OptionTargetType2[FieldOptions_OptionTargetType2["TARGET_TYPE_MESSAGE"] = 3] = "TARGET_TYPE_MESSAGE";
  FieldOptions_OptionTargetType2[FieldOptions_OptionTargetType2["TARGET_TYPE_FIELD"] = 4] = "TARGET_TYPE_FIELD";
  FieldOptions_OptionTargetType2[FieldOptions_OptionTargetType2["TARGET_TYPE_ONEOF"] = 5] = "TARGET_TYPE_ONEOF";
  FieldOptions_OptionTargetType2[FieldOptions_OptionTargetType2["TARGET_TYPE_ENUM"] = 6] = "TARGET_TYPE_ENUM";
  FieldOptions_OptionTargetType2[FieldOptions_OptionTargetType2["TARGET_TYPE_ENUM_ENTRY"] = 7] = "TARGET_TYPE_ENUM_ENTRY";
  FieldOptions_OptionTargetType2[FieldOptions_OptionTargetType2["TARGET_TYPE_SERVICE"] = 8] = "TARGET_TYPE_SERVICE";
  FieldOptions_OptionTargetType2[FieldOptions_OptionTargetType2["TARGET_TYPE_METHOD"] = 9] = "TARGET_TYPE_METHOD";
})(FieldOptions_OptionTargetType || (FieldOptions_OptionTargetType = {}));
var OneofOptionsSchema = /* @__PURE__ */ messageDesc(file_google_protobuf_descriptor, 13);
var EnumOptionsSchema = /* @__PURE__ */ messageDesc(file_google_protobuf_descriptor, 14);
var EnumValueOptionsSchema = /* @__PURE__ */ messageDesc(file_google_protobuf_descriptor, 15);
var ServiceOptionsSchema = /* @__PURE__ */ messageDesc(file_google_protobuf_descriptor, 16);
var MethodOptionsSchema = /* @__PURE__ */ messageDesc(file_google_protobuf_descriptor, 17);
var MethodOptions_IdempotencyLevel;
(function(MethodOptions_IdempotencyLevel2) {
  MethodOptions_IdempotencyLevel2[MethodOptions_IdempotencyLevel2["IDEMPOTENCY_UNKNOWN"] = 0] = "IDEMPOTENCY_UNKNOWN";
  MethodOptions_IdempotencyLevel2[MethodOptions_IdempotencyLevel2["NO_SIDE_EFFECTS"] = 1] = "NO_SIDE_EFFECTS";
  MethodOptions_IdempotencyLevel2[MethodOptions_IdempotencyLevel2["IDEMPOTENT"] = 2] = "IDEMPOTENT";
})(MethodOptions_IdempotencyLevel || (MethodOptions_IdempotencyLevel = {}));
var FeatureSetSchema = /* @__PURE__ */ messageDesc(file_google_protobuf_descriptor, 19);
var FeatureSet_VisibilityFeature_DefaultSymbolVisibility;
(function(FeatureSet_VisibilityFeature_DefaultSymbolVisibility2) {
  FeatureSet_VisibilityFeature_DefaultSymbolVisibility2[FeatureSet_VisibilityFeature_DefaultSymbolVisibility2["DEFAULT_SYMBOL_VISIBILITY_UNKNOWN"] = 0] = "DEFAULT_SYMBOL_VISIBILITY_UNKNOWN";
  FeatureSet_VisibilityFeature_DefaultSymbolVisibility2[FeatureSet_VisibilityFeature_DefaultSymbolVisibility2["EXPORT_ALL"] = 1] = "EXPORT_ALL";
  FeatureSet_VisibilityFeature_DefaultSymbolVisibility2[FeatureSet_VisibilityFeature_DefaultSymbolVisibility2["EXPORT_TOP_LEVEL"] = 2] = "EXPORT_TOP_LEVEL";
  FeatureSet_VisibilityFeature_DefaultSymbolVisibility2[FeatureSet_VisibilityFeature_DefaultSymbolVisibility2["LOCAL_ALL"] = 3] = "LOCAL_ALL";
  FeatureSet_VisibilityFeature_DefaultSymbolVisibility2[FeatureSet_VisibilityFeature_DefaultSymbolVisibility2["STRICT"] = 4] = "STRICT";
})(FeatureSet_VisibilityFeature_DefaultSymbolVisibility || (FeatureSet_VisibilityFeature_DefaultSymbolVisibility = {}));
var FeatureSet_ProtoLimitsFeature_EnforceProtoLimits;
(function(FeatureSet_ProtoLimitsFeature_EnforceProtoLimits2) {
  FeatureSet_ProtoLimitsFeature_EnforceProtoLimits2[FeatureSet_ProtoLimitsFeature_EnforceProtoLimits2["PROTO_LIMITS_UNKNOWN"] = 0] = "PROTO_LIMITS_UNKNOWN";
  FeatureSet_ProtoLimitsFeature_EnforceProtoLimits2[FeatureSet_ProtoLimitsFeature_EnforceProtoLimits2["LEGACY_NO_EXPLICIT_LIMITS"] = 1] = "LEGACY_NO_EXPLICIT_LIMITS";
  FeatureSet_ProtoLimitsFeature_EnforceProtoLimits2[FeatureSet_ProtoLimitsFeature_EnforceProtoLimits2["PROTO_LIMITS2026"] = 2] = "PROTO_LIMITS2026";
})(FeatureSet_ProtoLimitsFeature_EnforceProtoLimits || (FeatureSet_ProtoLimitsFeature_EnforceProtoLimits = {}));
var FeatureSet_FieldPresence;
(function(FeatureSet_FieldPresence2) {
  FeatureSet_FieldPresence2[FeatureSet_FieldPresence2["FIELD_PRESENCE_UNKNOWN"] = 0] = "FIELD_PRESENCE_UNKNOWN";
  FeatureSet_FieldPresence2[FeatureSet_FieldPresence2["EXPLICIT"] = 1] = "EXPLICIT";
  FeatureSet_FieldPresence2[FeatureSet_FieldPresence2["IMPLICIT"] = 2] = "IMPLICIT";
  FeatureSet_FieldPresence2[FeatureSet_FieldPresence2["LEGACY_REQUIRED"] = 3] = "LEGACY_REQUIRED";
})(FeatureSet_FieldPresence || (FeatureSet_FieldPresence = {}));
var FeatureSet_EnumType;
(function(FeatureSet_EnumType2) {
  FeatureSet_EnumType2[FeatureSet_EnumType2["ENUM_TYPE_UNKNOWN"] = 0] = "ENUM_TYPE_UNKNOWN";
  FeatureSet_EnumType2[FeatureSet_EnumType2["OPEN"] = 1] = "OPEN";
  FeatureSet_EnumType2[FeatureSet_EnumType2["CLOSED"] = 2] = "CLOSED";
})(FeatureSet_EnumType || (FeatureSet_EnumType = {}));
var FeatureSet_RepeatedFieldEncoding;
(function(FeatureSet_RepeatedFieldEncoding2) {
  FeatureSet_RepeatedFieldEncoding2[FeatureSet_RepeatedFieldEncoding2["REPEATED_FIELD_ENCODING_UNKNOWN"] = 0] = "REPEATED_FIELD_ENCODING_UNKNOWN";
  FeatureSet_RepeatedFieldEncoding2[FeatureSet_RepeatedFieldEncoding2["PACKED"] = 1] = "PACKED";
  FeatureSet_RepeatedFieldEncoding2[FeatureSet_RepeatedFieldEncoding2["EXPANDED"] = 2] = "EXPANDED";
})(FeatureSet_RepeatedFieldEncoding || (FeatureSet_RepeatedFieldEncoding = {}));
var FeatureSet_Utf8Validation;
(function(FeatureSet_Utf8Validation2) {
  FeatureSet_Utf8Validation2[FeatureSet_Utf8Validation2["UTF8_VALIDATION_UNKNOWN"] = 0] = "UTF8_VALIDATION_UNKNOWN";
  FeatureSet_Utf8Validation2[FeatureSet_Utf8Validation2["VERIFY"] = 2] = "VERIFY";
  FeatureSet_Utf8Validation2[FeatureSet_Utf8Validation2["NONE"] = 3] = "NONE";
})(FeatureSet_Utf8Validation || (FeatureSet_Utf8Validation = {}));
var FeatureSet_MessageEncoding;
(function(FeatureSet_MessageEncoding2) {
  FeatureSet_MessageEncoding2[FeatureSet_MessageEncoding2["MESSAGE_ENCODING_UNKNOWN"] = 0] = "MESSAGE_ENCODING_UNKNOWN";
  FeatureSet_MessageEncoding2[FeatureSet_MessageEncoding2["LENGTH_PREFIXED"] = 1] = "LENGTH_PREFIXED";
  FeatureSet_MessageEncoding2[FeatureSet_MessageEncoding2["DELIMITED"] = 2] = "DELIMITED";
})(FeatureSet_MessageEncoding || (FeatureSet_MessageEncoding = {}));
var FeatureSet_JsonFormat;
(function(FeatureSet_JsonFormat2) {
  FeatureSet_JsonFormat2[FeatureSet_JsonFormat2["JSON_FORMAT_UNKNOWN"] = 0] = "JSON_FORMAT_UNKNOWN";
  FeatureSet_JsonFormat2[FeatureSet_JsonFormat2["ALLOW"] = 1] = "ALLOW";
  FeatureSet_JsonFormat2[FeatureSet_JsonFormat2["LEGACY_BEST_EFFORT"] = 2] = "LEGACY_BEST_EFFORT";
})(FeatureSet_JsonFormat || (FeatureSet_JsonFormat = {}));
var FeatureSet_EnforceNamingStyle;
(function(FeatureSet_EnforceNamingStyle2) {
  FeatureSet_EnforceNamingStyle2[FeatureSet_EnforceNamingStyle2["ENFORCE_NAMING_STYLE_UNKNOWN"] = 0] = "ENFORCE_NAMING_STYLE_UNKNOWN";
  FeatureSet_EnforceNamingStyle2[FeatureSet_EnforceNamingStyle2["STYLE2024"] = 1] = "STYLE2024";
  FeatureSet_EnforceNamingStyle2[FeatureSet_EnforceNamingStyle2["STYLE_LEGACY"] = 2] = "STYLE_LEGACY";
  FeatureSet_EnforceNamingStyle2[FeatureSet_EnforceNamingStyle2["STYLE2026"] = 3] = "STYLE2026";
})(FeatureSet_EnforceNamingStyle || (FeatureSet_EnforceNamingStyle = {}));
var SourceCodeInfoSchema = /* @__PURE__ */ messageDesc(file_google_protobuf_descriptor, 21);
var SourceCodeInfo_LocationSchema = /* @__PURE__ */ messageDesc(file_google_protobuf_descriptor, 21, 0);
var GeneratedCodeInfo_Annotation_Semantic;
(function(GeneratedCodeInfo_Annotation_Semantic2) {
  GeneratedCodeInfo_Annotation_Semantic2[GeneratedCodeInfo_Annotation_Semantic2["NONE"] = 0] = "NONE";
  GeneratedCodeInfo_Annotation_Semantic2[GeneratedCodeInfo_Annotation_Semantic2["SET"] = 1] = "SET";
  GeneratedCodeInfo_Annotation_Semantic2[GeneratedCodeInfo_Annotation_Semantic2["ALIAS"] = 2] = "ALIAS";
})(GeneratedCodeInfo_Annotation_Semantic || (GeneratedCodeInfo_Annotation_Semantic = {}));
var Edition;
(function(Edition2) {
  Edition2[Edition2["EDITION_UNKNOWN"] = 0] = "EDITION_UNKNOWN";
  Edition2[Edition2["EDITION_LEGACY"] = 900] = "EDITION_LEGACY";
  Edition2[Edition2["EDITION_PROTO2"] = 998] = "EDITION_PROTO2";
  Edition2[Edition2["EDITION_PROTO3"] = 999] = "EDITION_PROTO3";
  Edition2[Edition2["EDITION_2023"] = 1e3] = "EDITION_2023";
  Edition2[Edition2["EDITION_2024"] = 1001] = "EDITION_2024";
  Edition2[Edition2["EDITION_2026"] = 1002] = "EDITION_2026";
  Edition2[Edition2["EDITION_UNSTABLE"] = 9999] = "EDITION_UNSTABLE";
  Edition2[Edition2["EDITION_1_TEST_ONLY"] = 1] = "EDITION_1_TEST_ONLY";
  Edition2[Edition2["EDITION_2_TEST_ONLY"] = 2] = "EDITION_2_TEST_ONLY";
  Edition2[Edition2["EDITION_99997_TEST_ONLY"] = 99997] = "EDITION_99997_TEST_ONLY";
  Edition2[Edition2["EDITION_99998_TEST_ONLY"] = 99998] = "EDITION_99998_TEST_ONLY";
  Edition2[Edition2["EDITION_99999_TEST_ONLY"] = 99999] = "EDITION_99999_TEST_ONLY";
  Edition2[Edition2["EDITION_MAX"] = 2147483647] = "EDITION_MAX";
})(Edition || (Edition = {}));
var SymbolVisibility;
(function(SymbolVisibility2) {
  SymbolVisibility2[SymbolVisibility2["VISIBILITY_UNSET"] = 0] = "VISIBILITY_UNSET";
  SymbolVisibility2[SymbolVisibility2["VISIBILITY_LOCAL"] = 1] = "VISIBILITY_LOCAL";
  SymbolVisibility2[SymbolVisibility2["VISIBILITY_EXPORT"] = 2] = "VISIBILITY_EXPORT";
})(SymbolVisibility || (SymbolVisibility = {}));

// node_modules/@bufbuild/protobuf/dist/esm/from-binary.js
init_define_PROTOGUARD_WKT();
function makeReadContext(options) {
  return Object.assign(Object.assign({ readUnknownFields: true, recursionLimit: 100 }, options), { depth: 0 });
}
function fromBinary(schema, bytes, options) {
  const message2 = create(schema);
  compiledReader(schema).read(message2, new BinaryReader(bytes), makeReadContext(options), bytes.byteLength);
  return message2;
}
var compiledReaders = /* @__PURE__ */ new WeakMap();
function compiledReader(desc) {
  let compiled = compiledReaders.get(desc);
  if (compiled === void 0) {
    compiled = compileMessage(desc);
  }
  return compiled;
}
function compileMessage(desc) {
  const descString = String(desc);
  const fieldReaders = /* @__PURE__ */ new Map();
  const compiled = {
    read: compileMessageReader(descString, fieldReaders),
    readGroup: compileGroupReader(descString, fieldReaders)
  };
  compiledReaders.set(desc, compiled);
  for (const field2 of desc.fields) {
    fieldReaders.set(field2.number, compileFieldReader(field2));
  }
  return compiled;
}
function compileMessageReader(descString, fieldReaders) {
  return (message2, reader, ctx, length) => {
    var _a;
    if (++ctx.depth > ctx.recursionLimit) {
      throw new Error(`cannot decode ${descString} from binary: maximum recursion depth of ${ctx.recursionLimit} reached`);
    }
    const end = reader.pos + length;
    const unknownFields = (_a = message2.$unknown) !== null && _a !== void 0 ? _a : [];
    while (reader.pos < end) {
      const [fieldNo, wireType] = reader.tag();
      const fieldReader = fieldReaders.get(fieldNo);
      if (fieldReader === void 0) {
        const data = reader.skip(wireType, fieldNo, ctx.recursionLimit - ctx.depth);
        if (ctx.readUnknownFields) {
          unknownFields.push({ no: fieldNo, wireType, data });
        }
        continue;
      }
      fieldReader(message2, reader, ctx, wireType);
    }
    if (unknownFields.length > 0) {
      message2.$unknown = unknownFields;
    }
    ctx.depth--;
  };
}
function compileGroupReader(descString, fieldReaders) {
  return (message2, reader, ctx, fieldNo) => {
    var _a;
    if (++ctx.depth > ctx.recursionLimit) {
      throw new Error(`cannot decode ${descString} from binary: maximum recursion depth of ${ctx.recursionLimit} reached`);
    }
    let recordFieldNo;
    let wireType;
    const unknownFields = (_a = message2.$unknown) !== null && _a !== void 0 ? _a : [];
    while (reader.pos < reader.len) {
      [recordFieldNo, wireType] = reader.tag();
      if (wireType == WireType.EndGroup) {
        break;
      }
      const fieldReader = fieldReaders.get(recordFieldNo);
      if (fieldReader === void 0) {
        const data = reader.skip(wireType, recordFieldNo, ctx.recursionLimit - ctx.depth);
        if (ctx.readUnknownFields) {
          unknownFields.push({ no: recordFieldNo, wireType, data });
        }
        continue;
      }
      fieldReader(message2, reader, ctx, wireType);
    }
    if (wireType != WireType.EndGroup || recordFieldNo !== fieldNo) {
      throw new Error("invalid end group tag");
    }
    if (unknownFields.length > 0) {
      message2.$unknown = unknownFields;
    }
    ctx.depth--;
  };
}
function readField(message2, reader, field2, wireType, ctx) {
  compileFieldReader(field2)(message2[unsafeLocal], reader, ctx, wireType);
}
function compileFieldReader(field2) {
  switch (field2.fieldKind) {
    case "scalar":
      return compileScalarFieldReader(field2);
    case "enum":
      return compileEnumFieldReader(field2);
    case "message":
      return compileMessageFieldReader(field2);
    case "list":
      return compileListFieldReader(field2);
    case "map":
      return compileMapFieldReader(field2);
  }
}
function compileScalarFieldReader(field2) {
  const readScalar = compileScalarReader(field2.scalar, field2.utf8Validation, field2.longAsString);
  const localName = field2.localName;
  if (field2.oneof) {
    const oneofLocalName = field2.oneof.localName;
    return (message2, reader) => {
      message2[oneofLocalName] = {
        case: localName,
        value: readScalar(reader)
      };
    };
  }
  return (message2, reader) => {
    message2[localName] = readScalar(reader);
  };
}
function compileEnumFieldReader(field2) {
  var _a;
  const localName = field2.localName;
  const oneofLocalName = (_a = field2.oneof) === null || _a === void 0 ? void 0 : _a.localName;
  if (field2.enum.open) {
    if (oneofLocalName !== void 0) {
      return (message2, reader) => {
        message2[oneofLocalName] = { case: localName, value: reader.int32() };
      };
    }
    return (message2, reader) => {
      message2[localName] = reader.int32();
    };
  }
  const values = field2.enum.values;
  const fieldNo = field2.number;
  return (message2, reader, ctx, wireType) => {
    var _a2;
    const val = reader.int32();
    if (values.some((v) => v.number === val)) {
      if (oneofLocalName !== void 0) {
        message2[oneofLocalName] = { case: localName, value: val };
      } else {
        message2[localName] = val;
      }
    } else if (ctx.readUnknownFields) {
      const bytes = [];
      varint32write(val, bytes);
      const unknownFields = (_a2 = message2.$unknown) !== null && _a2 !== void 0 ? _a2 : [];
      unknownFields.push({
        no: fieldNo,
        wireType,
        data: new Uint8Array(bytes)
      });
      message2.$unknown = unknownFields;
    }
  };
}
function compileMessageFieldReader(field2) {
  const localName = field2.localName;
  const { toMessage, toLocal } = localMessageMapper(field2);
  const readChild = compileChildReader(field2);
  if (field2.oneof) {
    const oneofLocalName = field2.oneof.localName;
    return (message2, reader, ctx) => {
      const oneof = message2[oneofLocalName];
      const child = toMessage(oneof.case === localName ? oneof.value : void 0);
      readChild(child, reader, ctx);
      message2[oneofLocalName] = { case: localName, value: toLocal(child) };
    };
  }
  return (message2, reader, ctx) => {
    const child = toMessage(message2[localName]);
    readChild(child, reader, ctx);
    message2[localName] = toLocal(child);
  };
}
function compileChildReader(field2) {
  const compiledChild = compiledReader(field2.message);
  if (field2.delimitedEncoding) {
    const fieldNo = field2.number;
    return (child, reader, ctx) => compiledChild.readGroup(child, reader, ctx, fieldNo);
  }
  return (child, reader, ctx) => compiledChild.read(child, reader, ctx, reader.uint32());
}
function compileListFieldReader(field2) {
  const localName = field2.localName;
  if (field2.listKind == "message") {
    const { toMessage, toLocal } = localMessageMapper(field2);
    const readChild = compileChildReader(field2);
    return (message2, reader, ctx) => {
      const child = toMessage(void 0);
      readChild(child, reader, ctx);
      message2[localName].push(toLocal(child));
    };
  }
  const scalarType = field2.listKind == "enum" ? ScalarType.INT32 : field2.scalar;
  const longAsString = field2.listKind == "scalar" ? field2.longAsString : false;
  const readScalar = compileScalarReader(scalarType, field2.utf8Validation, longAsString);
  const packedPossible = scalarType != ScalarType.STRING && scalarType != ScalarType.BYTES;
  return (message2, reader, ctx, wireType) => {
    const items = message2[localName];
    if (wireType == WireType.LengthDelimited && packedPossible) {
      const end = reader.uint32() + reader.pos;
      while (reader.pos < end) {
        items.push(readScalar(reader));
      }
    } else {
      items.push(readScalar(reader));
    }
  };
}
function compileMapFieldReader(field2) {
  const localName = field2.localName;
  const readKey = compileScalarReader(field2.mapKey, field2.utf8Validation, false);
  const keyZero = scalarZeroValue(field2.mapKey, false);
  let readValue;
  let valueDefault;
  switch (field2.mapKind) {
    case "scalar": {
      const scalar = field2.scalar;
      const readScalar = compileScalarReader(scalar, field2.utf8Validation, false);
      readValue = (reader) => readScalar(reader);
      if (scalar == ScalarType.BYTES) {
        valueDefault = () => new Uint8Array(0);
      } else {
        const zero = scalarZeroValue(scalar, false);
        valueDefault = () => zero;
      }
      break;
    }
    case "enum": {
      const zero = field2.enum.values[0].number;
      readValue = (reader) => reader.int32();
      valueDefault = () => zero;
      break;
    }
    case "message": {
      const { toMessage, toLocal } = localMessageMapper(field2);
      const readChild = compiledReader(field2.message).read;
      readValue = (reader, ctx, existing) => {
        const child = toMessage(existing);
        readChild(child, reader, ctx, reader.uint32());
        return toLocal(child);
      };
      valueDefault = () => toLocal(toMessage(void 0));
      break;
    }
  }
  return (message2, reader, ctx) => {
    const record = message2[localName];
    let key2;
    let val;
    const len = reader.uint32();
    const end = reader.pos + len;
    while (reader.pos < end) {
      const [fieldNo, wireType] = reader.tag();
      switch (fieldNo) {
        case 1:
          key2 = readKey(reader);
          break;
        case 2:
          val = readValue(reader, ctx, val);
          break;
        default:
          reader.skip(wireType, fieldNo, ctx.recursionLimit - ctx.depth);
      }
    }
    if (key2 === void 0) {
      key2 = keyZero;
    }
    if (val === void 0) {
      val = valueDefault();
    }
    setOwn(record, key2, val);
  };
}
function compileScalarReader(type, utf8Validation, longAsString) {
  switch (type) {
    case ScalarType.STRING:
      return (reader) => reader.string(utf8Validation);
    case ScalarType.BOOL:
      return (reader) => reader.bool();
    case ScalarType.DOUBLE:
      return (reader) => reader.double();
    case ScalarType.FLOAT:
      return (reader) => reader.float();
    case ScalarType.INT32:
      return (reader) => reader.int32();
    case ScalarType.INT64:
      if (longAsString) {
        return (reader) => String(reader.int64());
      }
      return (reader) => reader.int64();
    case ScalarType.UINT64:
      if (longAsString) {
        return (reader) => String(reader.uint64());
      }
      return (reader) => reader.uint64();
    case ScalarType.FIXED64:
      if (longAsString) {
        return (reader) => String(reader.fixed64());
      }
      return (reader) => reader.fixed64();
    case ScalarType.BYTES:
      return (reader) => reader.bytes();
    case ScalarType.FIXED32:
      return (reader) => reader.fixed32();
    case ScalarType.SFIXED32:
      return (reader) => reader.sfixed32();
    case ScalarType.SFIXED64:
      if (longAsString) {
        return (reader) => String(reader.sfixed64());
      }
      return (reader) => reader.sfixed64();
    case ScalarType.SINT64:
      if (longAsString) {
        return (reader) => String(reader.sint64());
      }
      return (reader) => reader.sint64();
    case ScalarType.UINT32:
      return (reader) => reader.uint32();
    case ScalarType.SINT32:
      return (reader) => reader.sint32();
  }
}

// node_modules/@bufbuild/protobuf/dist/esm/wkt/any.js
init_define_PROTOGUARD_WKT();

// node_modules/@bufbuild/protobuf/dist/esm/to-binary.js
init_define_PROTOGUARD_WKT();
var IMPLICIT4 = 2;
var LEGACY_REQUIRED2 = 3;
var writeDefaults = {
  writeUnknownFields: true
};
function makeWriteOptions(options) {
  return options ? Object.assign(Object.assign({}, writeDefaults), options) : writeDefaults;
}
function toBinary(schema, message2, options) {
  const writer = new BinaryWriter();
  compiledWriter(schema)(writer, makeWriteOptions(options), message2);
  return writer.finish();
}
var compiledWriters = /* @__PURE__ */ new WeakMap();
function compiledWriter(desc) {
  let compiled = compiledWriters.get(desc);
  if (compiled === void 0) {
    compiled = compileMessage2(desc);
  }
  return compiled;
}
function compileMessage2(desc) {
  const typeName = desc.typeName;
  const sortedFields = desc.fields.concat().sort((a, b) => a.number - b.number);
  const foreignField = sortedFields[0];
  const fieldWriters = [];
  const compiled = (writer, opts, message2) => {
    if (message2.$typeName !== typeName && foreignField !== void 0) {
      throw new FieldError(foreignField, `cannot use ${foreignField} with message ${message2.$typeName}`, "ForeignFieldError");
    }
    for (let i = 0; i < fieldWriters.length; i++) {
      fieldWriters[i](writer, opts, message2);
    }
    const unknown = message2.$unknown;
    if (unknown !== void 0 && opts.writeUnknownFields) {
      for (let i = 0; i < unknown.length; i++) {
        const { no, wireType, data } = unknown[i];
        writer.tag(no, wireType).raw(data);
      }
    }
  };
  compiledWriters.set(desc, compiled);
  for (const field2 of sortedFields) {
    fieldWriters.push(compileField(field2));
  }
  return compiled;
}
function compileField(field2) {
  switch (field2.fieldKind) {
    case "message":
    case "scalar":
    case "enum":
      return compileSingularField(field2);
    case "list":
      return compileListField(field2);
    case "map":
      return compileMapField(field2);
  }
}
function compileSingularField(field2) {
  const writeValue = compileSingularValue(field2);
  const localName = field2.localName;
  if (field2.oneof) {
    const oneofLocalName = field2.oneof.localName;
    return (writer, opts, message2) => {
      const oneof = message2[oneofLocalName];
      if (oneof.case === localName) {
        writeValue(writer, opts, oneof.value);
      }
    };
  }
  if (field2.presence != IMPLICIT4) {
    const requiredError = field2.presence == LEGACY_REQUIRED2 ? `cannot encode ${field2} to binary: required field not set` : void 0;
    return (writer, opts, message2) => {
      const value = message2[localName];
      if (value !== void 0 && Object.prototype.hasOwnProperty.call(message2, localName)) {
        writeValue(writer, opts, value);
      } else if (requiredError !== void 0) {
        throw new Error(requiredError);
      }
    };
  }
  if (field2.fieldKind == "enum") {
    const zero = field2.enum.values[0].number;
    return (writer, opts, message2) => {
      const value = message2[localName];
      if (value !== zero) {
        writeValue(writer, opts, value);
      }
    };
  }
  switch (field2.scalar) {
    case ScalarType.BOOL:
      return (writer, opts, message2) => {
        const value = message2[localName];
        if (value !== false) {
          writeValue(writer, opts, value);
        }
      };
    case ScalarType.STRING:
      return (writer, opts, message2) => {
        const value = message2[localName];
        if (value !== "") {
          writeValue(writer, opts, value);
        }
      };
    case ScalarType.BYTES:
      return (writer, opts, message2) => {
        const value = message2[localName];
        if (!(value instanceof Uint8Array) || value.byteLength > 0) {
          writeValue(writer, opts, value);
        }
      };
    case ScalarType.DOUBLE:
    case ScalarType.FLOAT:
      return (writer, opts, message2) => {
        const value = message2[localName];
        if (!Object.is(value, 0)) {
          writeValue(writer, opts, value);
        }
      };
    default:
      return (writer, opts, message2) => {
        const value = message2[localName];
        if (value != 0) {
          writeValue(writer, opts, value);
        }
      };
  }
}
function compileSingularValue(field2) {
  switch (field2.fieldKind) {
    case "message": {
      const { toMessage } = localMessageMapper(field2);
      const writeChild = compileChildWriter(field2);
      return (writer, opts, value) => {
        writeChild(writer, opts, toMessage(value));
      };
    }
    case "scalar":
    case "enum": {
      const scalarType = field2.fieldKind == "enum" ? ScalarType.INT32 : field2.scalar;
      const fieldNo = field2.number;
      const wireType = writeTypeOfScalar(scalarType);
      const writeScalar = compileScalarValue(scalarType, field2.parent.typeName, field2.name);
      return (writer, opts, value) => {
        writer.tag(fieldNo, wireType);
        writeScalar(writer, value);
      };
    }
  }
}
function compileListField(field2) {
  const localName = field2.localName;
  const fieldNo = field2.number;
  switch (field2.listKind) {
    case "message": {
      const { toMessage } = localMessageMapper(field2);
      const writeChild = compileChildWriter(field2);
      return (writer, opts, message2) => {
        const items = message2[localName];
        for (let i = 0; i < items.length; i++) {
          writeChild(writer, opts, toMessage(items[i]));
        }
      };
    }
    case "scalar":
    case "enum": {
      const scalarType = field2.listKind == "enum" ? ScalarType.INT32 : field2.scalar;
      const writeScalar = compileScalarValue(scalarType, field2.parent.typeName, field2.name);
      if (field2.packed) {
        return (writer, opts, message2) => {
          const items = message2[localName];
          if (items.length == 0) {
            return;
          }
          writer.tag(fieldNo, WireType.LengthDelimited).fork();
          for (let i = 0; i < items.length; i++) {
            writeScalar(writer, items[i]);
          }
          writer.join();
        };
      }
      const wireType = writeTypeOfScalar(scalarType);
      return (writer, opts, message2) => {
        const items = message2[localName];
        for (let i = 0; i < items.length; i++) {
          writer.tag(fieldNo, wireType);
          writeScalar(writer, items[i]);
        }
      };
    }
  }
}
function compileMapField(field2) {
  const localName = field2.localName;
  const fieldNo = field2.number;
  const writeKey = compileMapKey(field2);
  if (field2.mapKind == "message") {
    const { toMessage } = localMessageMapper(field2);
    const writeMessage2 = compiledWriter(field2.message);
    return (writer, opts, message2) => {
      const record = message2[localName];
      const keys = Object.keys(record);
      for (let i = 0; i < keys.length; i++) {
        const key2 = keys[i];
        writer.tag(fieldNo, WireType.LengthDelimited).fork();
        writeKey(writer, key2);
        writer.tag(2, WireType.LengthDelimited).fork();
        writeMessage2(writer, opts, toMessage(record[key2]));
        writer.join();
        writer.join();
      }
    };
  }
  const scalarType = field2.mapKind == "enum" ? ScalarType.INT32 : field2.scalar;
  const valueWireType = writeTypeOfScalar(scalarType);
  const writeScalar = compileScalarValue(scalarType, field2.parent.typeName, field2.name);
  return (writer, opts, message2) => {
    const record = message2[localName];
    const keys = Object.keys(record);
    for (let i = 0; i < keys.length; i++) {
      const key2 = keys[i];
      writer.tag(fieldNo, WireType.LengthDelimited).fork();
      writeKey(writer, key2);
      writer.tag(2, valueWireType);
      writeScalar(writer, record[key2]);
      writer.join();
    }
  };
}
function compileMapKey(field2) {
  const wireType = writeTypeOfScalar(field2.mapKey);
  const writeScalar = compileScalarValue(field2.mapKey, field2.parent.typeName, field2.name);
  const convertKey = compileMapKeyConverter(field2.mapKey);
  return (writer, key2) => {
    writer.tag(1, wireType);
    writeScalar(writer, convertKey(key2));
  };
}
function compileMapKeyConverter(type) {
  switch (type) {
    case ScalarType.STRING:
      return (key2) => key2;
    case ScalarType.BOOL:
      return (key2) => key2 === "true" ? true : key2 === "false" ? false : key2;
    case ScalarType.UINT64:
    case ScalarType.FIXED64:
      return (key2) => {
        try {
          return protoInt64.uParse(key2);
        } catch (_a) {
          return key2;
        }
      };
    case ScalarType.INT64:
    case ScalarType.SFIXED64:
    case ScalarType.SINT64:
      return (key2) => {
        try {
          return protoInt64.parse(key2);
        } catch (_a) {
          return key2;
        }
      };
    default:
      return (key2) => {
        const n = Number.parseInt(key2);
        return Number.isFinite(n) ? n : key2;
      };
  }
}
function compileScalarValue(type, messageName, fieldName) {
  const writeScalar = compileScalarWrite(type);
  return (writer, value) => {
    try {
      writeScalar(writer, value);
    } catch (e) {
      if (e instanceof Error) {
        throw new Error(`cannot encode field ${messageName}.${fieldName} to binary: ${e.message}`);
      }
      throw e;
    }
  };
}
function compileScalarWrite(type) {
  switch (type) {
    case ScalarType.STRING:
      return (writer, value) => writer.string(value);
    case ScalarType.BOOL:
      return (writer, value) => writer.bool(value);
    case ScalarType.DOUBLE:
      return (writer, value) => writer.double(value);
    case ScalarType.FLOAT:
      return (writer, value) => writer.float(value);
    case ScalarType.INT32:
      return (writer, value) => writer.int32(value);
    case ScalarType.INT64:
      return (writer, value) => writer.int64(value);
    case ScalarType.UINT64:
      return (writer, value) => writer.uint64(value);
    case ScalarType.FIXED64:
      return (writer, value) => writer.fixed64(value);
    case ScalarType.BYTES:
      return (writer, value) => writer.bytes(value);
    case ScalarType.FIXED32:
      return (writer, value) => writer.fixed32(value);
    case ScalarType.SFIXED32:
      return (writer, value) => writer.sfixed32(value);
    case ScalarType.SFIXED64:
      return (writer, value) => writer.sfixed64(value);
    case ScalarType.SINT64:
      return (writer, value) => writer.sint64(value);
    case ScalarType.UINT32:
      return (writer, value) => writer.uint32(value);
    case ScalarType.SINT32:
      return (writer, value) => writer.sint32(value);
  }
}
function compileChildWriter(field2) {
  const fieldNo = field2.number;
  const writeMessage2 = compiledWriter(field2.message);
  if (field2.delimitedEncoding) {
    return (writer, opts, child) => {
      writer.tag(fieldNo, WireType.StartGroup);
      writeMessage2(writer, opts, child);
      writer.tag(fieldNo, WireType.EndGroup);
    };
  }
  return (writer, opts, child) => {
    writer.tag(fieldNo, WireType.LengthDelimited).fork();
    writeMessage2(writer, opts, child);
    writer.join();
  };
}
function writeTypeOfScalar(type) {
  switch (type) {
    case ScalarType.BYTES:
    case ScalarType.STRING:
      return WireType.LengthDelimited;
    case ScalarType.DOUBLE:
    case ScalarType.FIXED64:
    case ScalarType.SFIXED64:
      return WireType.Bit64;
    case ScalarType.FIXED32:
    case ScalarType.SFIXED32:
    case ScalarType.FLOAT:
      return WireType.Bit32;
    default:
      return WireType.Varint;
  }
}

// node_modules/@bufbuild/protobuf/dist/esm/wkt/any.js
function anyIs(any, descOrTypeName) {
  if (any.typeUrl === "") {
    return false;
  }
  const want = typeof descOrTypeName == "string" ? descOrTypeName : descOrTypeName.typeName;
  const got = typeUrlToName(any.typeUrl);
  return want === got;
}
function anyUnpack(any, registryOrMessageDesc) {
  if (any.typeUrl === "") {
    return void 0;
  }
  const desc = registryOrMessageDesc.kind == "message" ? registryOrMessageDesc : registryOrMessageDesc.getMessage(typeUrlToName(any.typeUrl));
  if (!desc || !anyIs(any, desc)) {
    return void 0;
  }
  return fromBinary(desc, any.value);
}
function typeUrlToName(url) {
  const slash = url.lastIndexOf("/");
  const name = slash >= 0 ? url.substring(slash + 1) : url;
  if (!name.length) {
    throw new Error(`invalid type url: ${url}`);
  }
  return name;
}

// node_modules/@bufbuild/protobuf/dist/esm/extensions.js
init_define_PROTOGUARD_WKT();
function getExtension(message2, extension, options) {
  assertExtendee(extension, message2);
  const ufs = filterUnknownFields(message2.$unknown, extension);
  const [container, field2, get] = createExtensionContainer(extension);
  const ctx = makeReadContext(options);
  for (const uf of ufs) {
    readField(container, new BinaryReader(uf.data), field2, uf.wireType, ctx);
  }
  return get();
}
function filterUnknownFields(unknownFields, extension) {
  if (unknownFields === void 0)
    return [];
  if (extension.fieldKind === "enum" || extension.fieldKind === "scalar") {
    for (let i = unknownFields.length - 1; i >= 0; --i) {
      if (unknownFields[i].no == extension.number) {
        return [unknownFields[i]];
      }
    }
    return [];
  }
  return unknownFields.filter((uf) => uf.no === extension.number);
}
function createExtensionContainer(extension, value) {
  const localName = extension.typeName;
  const field2 = Object.assign(Object.assign({}, extension), { kind: "field", parent: extension.extendee, localName });
  const desc = Object.assign(Object.assign({}, extension.extendee), { fields: [field2], members: [field2], oneofs: [] });
  const container = create(desc, value !== void 0 ? { [localName]: value } : void 0);
  return [
    reflect(desc, container),
    field2,
    () => {
      const value2 = container[localName];
      if (value2 === void 0) {
        const desc2 = extension.message;
        if (isWrapperDesc(desc2)) {
          return scalarZeroValue(desc2.fields[0].scalar, desc2.fields[0].longAsString);
        }
        return create(desc2);
      }
      return value2;
    }
  ];
}
function assertExtendee(extension, message2) {
  if (extension.extendee.typeName != message2.$typeName) {
    throw new Error(`extension ${extension.typeName} can only be applied to message ${extension.extendee.typeName}`);
  }
}

// node_modules/@bufbuild/protobuf/dist/esm/fields.js
init_define_PROTOGUARD_WKT();
function isFieldSet(message2, field2) {
  return field2.parent.typeName == message2.$typeName && unsafeIsSet(message2, field2);
}

// node_modules/@bufbuild/protobuf/dist/esm/to-json.js
init_define_PROTOGUARD_WKT();

// node_modules/@bufbuild/protobuf/dist/esm/wkt/json.js
init_define_PROTOGUARD_WKT();
var timestampMsMin = /* @__PURE__ */ Date.parse("0001-01-01T00:00:00Z");
var timestampMsMax = /* @__PURE__ */ Date.parse("9999-12-31T23:59:59Z");
var durationSecondsMin = -315576e6;
var durationSecondsMax = 315576e6;

// node_modules/@bufbuild/protobuf/dist/esm/to-json.js
var LEGACY_REQUIRED3 = 3;
var IMPLICIT5 = 2;
var jsonWriteDefaults = {
  alwaysEmitImplicit: false,
  enumAsInteger: false,
  useProtoFieldName: false
};
function makeWriteOptions2(options) {
  return options ? Object.assign(Object.assign({}, jsonWriteDefaults), options) : jsonWriteDefaults;
}
function toJson(schema, message2, options) {
  return compiledWriter2(schema)(makeWriteOptions2(options), message2);
}
var compiledWriters2 = /* @__PURE__ */ new WeakMap();
function compiledWriter2(desc) {
  let compiled = compiledWriters2.get(desc);
  if (compiled === void 0) {
    compiled = compileMessage3(desc);
  }
  return compiled;
}
function compileMessage3(desc) {
  const typeName = desc.typeName;
  const writeWkt = compileWkt(desc);
  if (writeWkt !== void 0) {
    const foreignField2 = desc.fields[0];
    const compiledWriter4 = (opts, message2) => {
      if (message2.$typeName !== typeName && foreignField2 !== void 0) {
        throw new FieldError(foreignField2, `cannot use ${foreignField2} with message ${message2.$typeName}`, "ForeignFieldError");
      }
      return writeWkt(opts, message2);
    };
    compiledWriters2.set(desc, compiledWriter4);
    return compiledWriter4;
  }
  const sortedFields = desc.fields.concat().sort((a, b) => a.number - b.number);
  const foreignField = sortedFields[0];
  const fieldWriters = [];
  const compiledWriter3 = (opts, message2) => {
    if (message2.$typeName !== typeName && foreignField !== void 0) {
      throw new FieldError(foreignField, `cannot use ${foreignField} with message ${message2.$typeName}`, "ForeignFieldError");
    }
    const json = {};
    for (let i = 0; i < fieldWriters.length; i++) {
      fieldWriters[i](opts, message2, json);
    }
    if (opts.registry) {
      writeExtensions(json, opts, opts.registry, message2, desc);
    }
    return json;
  };
  compiledWriters2.set(desc, compiledWriter3);
  for (const field2 of sortedFields) {
    const writeField2 = compileField2(field2);
    fieldWriters.push(field2.jsonName === "__proto__" || field2.name === "__proto__" ? writeOwnKeys(writeField2) : writeField2);
  }
  return compiledWriter3;
}
function writeOwnKeys(writeField2) {
  return (opts, message2, json) => {
    const tmp = /* @__PURE__ */ Object.create(null);
    writeField2(opts, message2, tmp);
    for (const key2 of Object.keys(tmp)) {
      setOwn(json, key2, tmp[key2]);
    }
  };
}
function compileWkt(desc) {
  if (!desc.typeName.startsWith("google.protobuf.")) {
    return void 0;
  }
  switch (desc.typeName) {
    case "google.protobuf.Any":
      return (opts, message2) => anyToJson(message2, opts);
    case "google.protobuf.Timestamp":
      return (opts, message2) => timestampToJson(message2);
    case "google.protobuf.Duration":
      return (opts, message2) => durationToJson(message2);
    case "google.protobuf.FieldMask":
      return (opts, message2) => fieldMaskToJson(message2);
    case "google.protobuf.Struct":
      return (opts, message2) => structToJson(message2);
    case "google.protobuf.Value":
      return (opts, message2) => valueToJson(message2);
    case "google.protobuf.ListValue":
      return (opts, message2) => listValueToJson(message2);
    default:
      if (isWrapperDesc(desc)) {
        const valueField = desc.fields[0];
        const localName = valueField.localName;
        const zero = scalarZeroValue(valueField.scalar, false);
        const writeScalar = compileScalarValue2(valueField);
        return (opts, message2) => {
          const value = message2[localName];
          return writeScalar(opts, value === void 0 ? zero : value);
        };
      }
      return void 0;
  }
}
function compileField2(field2) {
  switch (field2.fieldKind) {
    case "scalar":
    case "enum":
    case "message":
      return compileSingularField2(field2);
    case "list":
    case "map": {
      const writeValue = field2.fieldKind == "list" ? compileListValue(field2) : compileMapValue(field2);
      const protoName = field2.name;
      const jsonKey = field2.jsonName;
      const localName = field2.localName;
      return (opts, message2, json) => {
        const value = writeValue(opts, message2[localName]);
        if (value !== void 0) {
          json[opts.useProtoFieldName ? protoName : jsonKey] = value;
        }
      };
    }
  }
}
function compileSingularField2(field2) {
  const writeValue = compileSingularValue2(field2);
  const protoName = field2.name;
  const jsonKey = field2.jsonName;
  const localName = field2.localName;
  if (field2.oneof) {
    const oneofLocalName = field2.oneof.localName;
    return (opts, message2, json) => {
      const oneof = message2[oneofLocalName];
      if (oneof.case === localName) {
        json[opts.useProtoFieldName ? protoName : jsonKey] = writeValue(opts, oneof.value);
      }
    };
  }
  if (field2.presence != IMPLICIT5) {
    const requiredError = field2.presence == LEGACY_REQUIRED3 ? `cannot encode ${field2} to JSON: required field not set` : void 0;
    return (opts, message2, json) => {
      const value = message2[localName];
      if (value !== void 0 && Object.prototype.hasOwnProperty.call(message2, localName)) {
        json[opts.useProtoFieldName ? protoName : jsonKey] = writeValue(opts, value);
      } else if (requiredError !== void 0) {
        throw new Error(requiredError);
      }
    };
  }
  if (field2.fieldKind == "enum") {
    const zero = field2.enum.values[0].number;
    return (opts, message2, json) => {
      const value = message2[localName];
      if (value !== zero || opts.alwaysEmitImplicit) {
        json[opts.useProtoFieldName ? protoName : jsonKey] = writeValue(opts, value);
      }
    };
  }
  switch (field2.scalar) {
    case ScalarType.BOOL:
      return (opts, message2, json) => {
        const value = message2[localName];
        if (value !== false || opts.alwaysEmitImplicit) {
          json[opts.useProtoFieldName ? protoName : jsonKey] = writeValue(opts, value);
        }
      };
    case ScalarType.STRING:
      return (opts, message2, json) => {
        const value = message2[localName];
        if (value !== "" || opts.alwaysEmitImplicit) {
          json[opts.useProtoFieldName ? protoName : jsonKey] = writeValue(opts, value);
        }
      };
    case ScalarType.BYTES:
      return (opts, message2, json) => {
        const value = message2[localName];
        if (!(value instanceof Uint8Array) || value.byteLength > 0 || opts.alwaysEmitImplicit) {
          json[opts.useProtoFieldName ? protoName : jsonKey] = writeValue(opts, value);
        }
      };
    case ScalarType.DOUBLE:
    case ScalarType.FLOAT:
      return (opts, message2, json) => {
        const value = message2[localName];
        if (!Object.is(value, 0) || opts.alwaysEmitImplicit) {
          json[opts.useProtoFieldName ? protoName : jsonKey] = writeValue(opts, value);
        }
      };
    default:
      return (opts, message2, json) => {
        const value = message2[localName];
        if (value != 0 || opts.alwaysEmitImplicit) {
          json[opts.useProtoFieldName ? protoName : jsonKey] = writeValue(opts, value);
        }
      };
  }
}
function compileFieldValue(field2) {
  switch (field2.fieldKind) {
    case "scalar":
    case "enum":
    case "message":
      return compileSingularValue2(field2);
    case "list":
      return compileListValue(field2);
    case "map":
      return compileMapValue(field2);
  }
}
function compileSingularValue2(field2) {
  switch (field2.fieldKind) {
    case "scalar":
      return compileScalarValue2(field2);
    case "enum":
      return compileEnumValue(field2);
    case "message":
      return compileMessageValue(field2);
  }
}
function compileMessageValue(field2) {
  const { toMessage } = localMessageMapper(field2);
  const writeMessage2 = compiledWriter2(field2.message);
  return (opts, value) => writeMessage2(opts, toMessage(value));
}
function compileListValue(field2) {
  const writeItem = compileListItemValue(field2);
  return (opts, value) => {
    const items = value;
    if (items.length == 0 && !opts.alwaysEmitImplicit) {
      return void 0;
    }
    const jsonArray = [];
    for (let i = 0; i < items.length; i++) {
      jsonArray.push(writeItem(opts, items[i]));
    }
    return jsonArray;
  };
}
function compileListItemValue(field2) {
  switch (field2.listKind) {
    case "scalar":
      return compileScalarValue2(field2);
    case "enum":
      return compileEnumValue(field2);
    case "message":
      return compileMessageValue(field2);
  }
}
function compileMapValue(field2) {
  const writeMapValue = compileMapEntryValue(field2);
  return (opts, value) => {
    const record = value;
    const keys = Object.keys(record);
    if (keys.length == 0 && !opts.alwaysEmitImplicit) {
      return void 0;
    }
    const jsonObject = {};
    for (let i = 0; i < keys.length; i++) {
      const key2 = keys[i];
      setOwn(jsonObject, key2, writeMapValue(opts, record[key2]));
    }
    return jsonObject;
  };
}
function compileMapEntryValue(field2) {
  switch (field2.mapKind) {
    case "scalar":
      return compileScalarValue2(field2);
    case "enum":
      return compileEnumValue(field2);
    case "message":
      return compileMessageValue(field2);
  }
}
function compileEnumValue(field2) {
  const desc = field2.enum;
  if (desc.typeName == "google.protobuf.NullValue") {
    return (opts, value) => {
      if (typeof value != "number") {
        throw errorEnumValue(desc, value);
      }
      return null;
    };
  }
  return (opts, value) => {
    var _a, _b;
    if (typeof value != "number") {
      throw errorEnumValue(desc, value);
    }
    if (opts.enumAsInteger) {
      return value;
    }
    return (_b = (_a = desc.value[value]) === null || _a === void 0 ? void 0 : _a.jsonName) !== null && _b !== void 0 ? _b : value;
  };
}
function errorEnumValue(desc, value) {
  return new Error(`cannot encode ${desc} to JSON: expected number, got ${formatVal(value)}`);
}
function compileScalarValue2(field2) {
  switch (field2.scalar) {
    // int32, fixed32, uint32: JSON value will be a decimal number. Either numbers or strings are accepted.
    case ScalarType.INT32:
    case ScalarType.SFIXED32:
    case ScalarType.SINT32:
    case ScalarType.FIXED32:
    case ScalarType.UINT32:
      return (opts, value) => {
        if (typeof value != "number") {
          throw errorScalarValue(field2, value);
        }
        return value;
      };
    // float, double: JSON value will be a number or one of the special string values "NaN", "Infinity", and "-Infinity".
    // Either numbers or strings are accepted. Exponent notation is also accepted.
    case ScalarType.FLOAT:
    case ScalarType.DOUBLE:
      return (opts, value) => {
        if (typeof value != "number") {
          throw errorScalarValue(field2, value);
        }
        if (Number.isNaN(value))
          return "NaN";
        if (value === Number.POSITIVE_INFINITY)
          return "Infinity";
        if (value === Number.NEGATIVE_INFINITY)
          return "-Infinity";
        return value;
      };
    // string:
    case ScalarType.STRING:
      return (opts, value) => {
        if (typeof value != "string") {
          throw errorScalarValue(field2, value);
        }
        return value;
      };
    // bool:
    case ScalarType.BOOL:
      return (opts, value) => {
        if (typeof value != "boolean") {
          throw errorScalarValue(field2, value);
        }
        return value;
      };
    // JSON value will be a decimal string. Either numbers or strings are accepted.
    case ScalarType.UINT64:
    case ScalarType.FIXED64:
    case ScalarType.INT64:
    case ScalarType.SFIXED64:
    case ScalarType.SINT64:
      return (opts, value) => {
        if (typeof value == "bigint" || typeof value == "string" || typeof value == "number" && Number.isInteger(value)) {
          return value.toString();
        }
        throw errorScalarValue(field2, value);
      };
    // bytes: JSON value will be the data encoded as a string using standard base64 encoding with paddings.
    // Either standard or URL-safe base64 encoding with/without paddings are accepted.
    case ScalarType.BYTES:
      return (opts, value) => {
        if (value instanceof Uint8Array) {
          return base64Encode(value);
        }
        throw errorScalarValue(field2, value);
      };
  }
}
function errorScalarValue(field2, value) {
  var _a;
  return new Error(`cannot encode ${field2} to JSON: ${(_a = checkField(field2, value)) === null || _a === void 0 ? void 0 : _a.message}`);
}
function writeExtensions(json, opts, registry, message2, desc) {
  const unknown = message2.$unknown;
  if (unknown === void 0) {
    return;
  }
  const tagSeen = /* @__PURE__ */ new Set();
  for (let i = 0; i < unknown.length; i++) {
    const { no } = unknown[i];
    if (!tagSeen.has(no)) {
      tagSeen.add(no);
      const extension = registry.getExtensionFor(desc, no);
      if (!extension) {
        continue;
      }
      const value = getExtension(message2, extension);
      const [container, field2] = createExtensionContainer(extension, value);
      const local = container[unsafeLocal];
      const jsonValue = compileFieldValue(field2)(opts, local[field2.localName]);
      if (jsonValue !== void 0) {
        json[extension.jsonName] = jsonValue;
      }
    }
  }
}
function anyToJson(val, opts) {
  if (val.typeUrl === "") {
    return {};
  }
  const { registry } = opts;
  let message2;
  let desc;
  if (registry) {
    message2 = anyUnpack(val, registry);
    if (message2) {
      desc = registry.getMessage(message2.$typeName);
    }
  }
  if (!desc || !message2) {
    throw new Error(`cannot encode message ${val.$typeName} to JSON: "${val.typeUrl}" is not in the type registry`);
  }
  const json = hasCustomJsonRepresentation(desc) ? {
    value: compiledWriter2(desc)(opts, message2)
  } : compiledWriter2(desc)(opts, message2);
  json["@type"] = val.typeUrl;
  return json;
}
function durationToJson(val) {
  const seconds = Number(val.seconds);
  const nanos = val.nanos;
  if (seconds > durationSecondsMax || seconds < durationSecondsMin) {
    throw new Error(`cannot encode message ${val.$typeName} to JSON: value out of range`);
  }
  if (seconds > 0 && nanos < 0 || seconds < 0 && nanos > 0) {
    throw new Error(`cannot encode message ${val.$typeName} to JSON: nanos sign must match seconds sign`);
  }
  let text = val.seconds.toString();
  if (nanos !== 0) {
    let nanosStr = Math.abs(nanos).toString();
    nanosStr = "0".repeat(9 - nanosStr.length) + nanosStr;
    if (nanosStr.substring(3) === "000000") {
      nanosStr = nanosStr.substring(0, 3);
    } else if (nanosStr.substring(6) === "000") {
      nanosStr = nanosStr.substring(0, 6);
    }
    text += "." + nanosStr;
    if (nanos < 0 && seconds == 0) {
      text = "-" + text;
    }
  }
  return text + "s";
}
function fieldMaskToJson(val) {
  return val.paths.map((p) => {
    if (protoSnakeCase(protoCamelCase(p)) !== p) {
      throw new Error(`cannot encode message ${val.$typeName} to JSON: lowerCamelCase of path name "${p}" is irreversible`);
    }
    return protoCamelCase(p);
  }).join(",");
}
function structToJson(val) {
  const json = {};
  const keys = Object.keys(val.fields);
  for (let i = 0; i < keys.length; i++) {
    const key2 = keys[i];
    setOwn(json, key2, valueToJson(val.fields[key2]));
  }
  return json;
}
function valueToJson(val) {
  switch (val.kind.case) {
    case "nullValue":
      return null;
    case "numberValue":
      if (!Number.isFinite(val.kind.value)) {
        throw new Error(`${val.$typeName} cannot be NaN or Infinity`);
      }
      return val.kind.value;
    case "boolValue":
      return val.kind.value;
    case "stringValue":
      return val.kind.value;
    case "structValue":
      return structToJson(val.kind.value);
    case "listValue":
      return listValueToJson(val.kind.value);
    default:
      throw new Error(`${val.$typeName} must have a value`);
  }
}
function listValueToJson(val) {
  return val.values.map(valueToJson);
}
function timestampToJson(val) {
  const ms = Number(val.seconds) * 1e3;
  if (ms < timestampMsMin || ms > timestampMsMax) {
    throw new Error(`cannot encode message ${val.$typeName} to JSON: must be from 0001-01-01T00:00:00Z to 9999-12-31T23:59:59Z inclusive`);
  }
  if (val.nanos < 0) {
    throw new Error(`cannot encode message ${val.$typeName} to JSON: nanos must not be negative`);
  }
  if (val.nanos > 999999999) {
    throw new Error(`cannot encode message ${val.$typeName} to JSON: nanos must not be greater than 999999999`);
  }
  let z = "Z";
  if (val.nanos > 0) {
    const nanosStr = (val.nanos + 1e9).toString().substring(1);
    if (nanosStr.substring(3) === "000000") {
      z = "." + nanosStr.substring(0, 3) + "Z";
    } else if (nanosStr.substring(6) === "000") {
      z = "." + nanosStr.substring(0, 6) + "Z";
    } else {
      z = "." + nanosStr + "Z";
    }
  }
  return new Date(ms).toISOString().replace(".000Z", z);
}

// src/compiler/defaults.ts
init_define_PROTOGUARD_WKT();
function formatGoFloat(v) {
  if (Number.isNaN(v)) return "nan";
  if (v === Infinity) return "inf";
  if (v === -Infinity) return "-inf";
  if (v === 0) return Object.is(v, -0) ? "-0" : "0";
  const e = v.toExponential();
  const at = e.indexOf("e");
  const exp = +e.slice(at + 1);
  let mant = e.slice(0, at);
  const neg = mant.charCodeAt(0) === 45;
  if (neg) mant = mant.slice(1);
  const digits = mant.length > 1 ? mant[0] + mant.slice(2) : mant;
  let out;
  if (exp < -4 || exp >= 6) {
    const m = digits.length > 1 ? digits[0] + "." + digits.slice(1) : digits;
    out = m + "e" + (exp < 0 ? "-" : "+") + String(Math.abs(exp)).padStart(2, "0");
  } else if (exp < 0) {
    out = "0." + "0".repeat(-exp - 1) + digits;
  } else if (digits.length <= exp + 1) {
    out = digits + "0".repeat(exp + 1 - digits.length);
  } else {
    out = digits.slice(0, exp + 1) + "." + digits.slice(exp + 1);
  }
  return neg ? "-" + out : out;
}
function escapeBytes(b) {
  let s = "";
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    switch (c) {
      case 10:
        s += "\\n";
        break;
      case 13:
        s += "\\r";
        break;
      case 9:
        s += "\\t";
        break;
      case 34:
        s += '\\"';
        break;
      case 39:
        s += "\\'";
        break;
      case 92:
        s += "\\\\";
        break;
      default:
        if (c >= 32 && c < 127) s += String.fromCharCode(c);
        else s += "\\" + c.toString(8).padStart(3, "0");
    }
  }
  return s;
}
var LIMITS = {
  [FieldDescriptorProto_Type.INT32]: [-(2n ** 31n), 2n ** 31n - 1n, "int32"],
  [FieldDescriptorProto_Type.SINT32]: [-(2n ** 31n), 2n ** 31n - 1n, "sint32"],
  [FieldDescriptorProto_Type.SFIXED32]: [-(2n ** 31n), 2n ** 31n - 1n, "sfixed32"],
  [FieldDescriptorProto_Type.UINT32]: [0n, 2n ** 32n - 1n, "uint32"],
  [FieldDescriptorProto_Type.FIXED32]: [0n, 2n ** 32n - 1n, "fixed32"],
  [FieldDescriptorProto_Type.INT64]: [-(2n ** 63n), 2n ** 63n - 1n, "int64"],
  [FieldDescriptorProto_Type.SINT64]: [-(2n ** 63n), 2n ** 63n - 1n, "sint64"],
  [FieldDescriptorProto_Type.SFIXED64]: [-(2n ** 63n), 2n ** 63n - 1n, "sfixed64"],
  [FieldDescriptorProto_Type.UINT64]: [0n, 2n ** 64n - 1n, "uint64"],
  [FieldDescriptorProto_Type.FIXED64]: [0n, 2n ** 64n - 1n, "fixed64"]
};
var KEYWORDS = /* @__PURE__ */ new Set(["true", "false", "inf", "nan"]);
function mismatch(v) {
  if (v.kind === "identValue" && !v.negative && !KEYWORDS.has(v.name)) return { error: `cannot find \`${v.name}\` in this scope`, first: v.last, last: v.last };
  if (v.kind === "identValue") return { error: "mismatched types", first: v.last, last: v.last };
  return { error: "mismatched types", first: v.first, last: v.last };
}
function formatDefault(type, v, tokenText) {
  const lim = LIMITS[type];
  if (lim) {
    if (v.kind !== "int") return mismatch(v);
    const n = v.negative ? -v.magnitude : v.magnitude;
    if (n < lim[0] || n > lim[1]) return { error: `literal out of range for \`${lim[2]}\``, first: v.first, last: v.last };
    return { text: n.toString() };
  }
  switch (type) {
    case FieldDescriptorProto_Type.BOOL:
      if (v.kind === "identValue" && !v.negative) {
        if (v.name === "true" || v.name === "false") return { text: v.name };
        if (v.name === "True" || v.name === "False" || v.name === "t" || v.name === "f") {
          return { error: "non-canonical `bool` literal outside of message expression", first: v.first, last: v.last };
        }
      }
      return mismatch(v);
    case FieldDescriptorProto_Type.STRING:
      if (v.kind !== "string") return mismatch(v);
      return { text: v.value };
    case FieldDescriptorProto_Type.BYTES:
      if (v.kind !== "string") return mismatch(v);
      return { text: escapeBytes(v.bytes) };
    case FieldDescriptorProto_Type.DOUBLE:
    case FieldDescriptorProto_Type.FLOAT: {
      let x;
      let name;
      if (v.kind === "float") {
        const t = tokenText(v.last);
        const c = t.charCodeAt(0);
        if (c >= 65 && c <= 90 || c >= 97 && c <= 122) name = t;
        x = v.magnitude;
      } else if (v.kind === "int") {
        const t = tokenText(v.last);
        if (t.length > 1 && t.charCodeAt(0) === 48 && (t.charCodeAt(1) | 32) === 120) {
          return { error: "unsupported base for floating-point literal", first: v.first, last: v.last };
        }
        x = Number(v.magnitude);
      } else if (v.kind === "identValue") {
        name = v.name;
        x = NaN;
      } else return mismatch(v);
      if (name !== void 0) {
        if (name === "inf") x = Infinity;
        else if (name === "nan") x = NaN;
        else return { error: "non-canonical floating-point literal outside of message expression", first: v.first, last: v.last };
      }
      if (v.negative) x = -x;
      if (Number.isNaN(x)) return { text: "nan" };
      if (type === FieldDescriptorProto_Type.FLOAT) x = Math.fround(x);
      return { text: formatGoFloat(x) };
    }
    default:
      return mismatch(v);
  }
}

// src/compiler/options.ts
init_define_PROTOGUARD_WKT();

// src/compiler/ast.ts
init_define_PROTOGUARD_WKT();
var TK_EOF = 0;
var TK_IDENT = 1;
var TK_INT = 2;
var TK_FLOAT = 3;
var TK_STRING = 4;
var TK_PUNCT = 5;
var TK_ERROR = 6;

// src/compiler/optvalues.ts
init_define_PROTOGUARD_WKT();

// src/compiler/wire.ts
init_define_PROTOGUARD_WKT();
var WT_VARINT = 0;
var WT_FIXED64 = 1;
var WT_LEN = 2;
var WT_START_GROUP = 3;
var WT_END_GROUP = 4;
var WT_FIXED32 = 5;
var TWO_32 = 4294967296;
var MASK_64 = (1n << 64n) - 1n;
var scratch = new DataView(new ArrayBuffer(8));
var WireWriter = class {
  buf;
  pos = 0;
  constructor(initialSize = 64) {
    this.buf = new Uint8Array(initialSize);
  }
  get length() {
    return this.pos;
  }
  ensure(n) {
    if (this.pos + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.pos + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.pos));
    this.buf = next;
  }
  /** A field key: `(number << 3) | wireType`. */
  tag(fieldNumber, wireType) {
    return this.uvarint(fieldNumber * 8 + wireType);
  }
  /** An unsigned varint of a non-negative integer below 2^53. */
  uvarint(v) {
    this.ensure(10);
    const b = this.buf;
    while (v >= 128) {
      b[this.pos++] = v % 128 | 128;
      v = Math.floor(v / 128);
    }
    b[this.pos++] = v;
    return this;
  }
  /** A varint of any 64-bit value (negative values as two's complement, 10 bytes). */
  varint64(v) {
    let u = v & MASK_64;
    this.ensure(10);
    const b = this.buf;
    while (u >= 0x80n) {
      b[this.pos++] = Number(u & 0x7fn) | 128;
      u >>= 7n;
    }
    b[this.pos++] = Number(u);
    return this;
  }
  /** An int32/enum value: negative numbers are sign-extended to 64 bits (10 bytes). */
  int32(v) {
    if (v >= 0) return this.uvarint(v);
    return this.varint64(BigInt(v));
  }
  /** A sint32/sint64 value, zigzag-encoded. */
  zigzag(v) {
    return this.varint64(v >= 0n ? v << 1n : (-v << 1n) - 1n);
  }
  fixed32(v) {
    this.ensure(4);
    const u = v < 0 ? v + TWO_32 : v;
    const b = this.buf;
    b[this.pos++] = u & 255;
    b[this.pos++] = u >>> 8 & 255;
    b[this.pos++] = u >>> 16 & 255;
    b[this.pos++] = u >>> 24 & 255;
    return this;
  }
  fixed64(v) {
    const u = v & MASK_64;
    this.fixed32(Number(u & 0xffffffffn));
    return this.fixed32(Number(u >> 32n));
  }
  /** A float32; `negativeNaN` sets the sign bit of a NaN (buf keeps the sign of `-nan`). */
  float(v, negativeNaN = false) {
    scratch.setFloat32(0, v, true);
    let u = scratch.getUint32(0, true);
    if (Number.isNaN(v)) u = negativeNaN ? 4290772992 : 2143289344;
    return this.fixed32(u);
  }
  /** A float64; `negativeNaN` sets the sign bit of a NaN. */
  double(v, negativeNaN = false) {
    if (Number.isNaN(v)) {
      this.fixed32(0);
      return this.fixed32(negativeNaN ? 4294443008 : 2146959360);
    }
    scratch.setFloat64(0, v, true);
    this.fixed32(scratch.getUint32(0, true));
    return this.fixed32(scratch.getUint32(4, true));
  }
  /** Raw bytes, no length prefix. */
  raw(bytes) {
    this.ensure(bytes.length);
    this.buf.set(bytes, this.pos);
    this.pos += bytes.length;
    return this;
  }
  /** Length prefix plus bytes. */
  lenBytes(bytes) {
    this.uvarint(bytes.length);
    return this.raw(bytes);
  }
  /**
   * Starts a length-delimited record whose length is not known yet: reserves one byte for the
   * length and returns a mark for {@link endLen}.
   */
  beginLen() {
    this.ensure(1);
    return this.pos++;
  }
  /** Writes the length of the record begun at `mark`, moving its bytes if it needs more than one. */
  endLen(mark) {
    const len = this.pos - mark - 1;
    if (len < 128) {
      this.buf[mark] = len;
      return this;
    }
    let extra = 0;
    for (let v2 = len; v2 >= 128; v2 = Math.floor(v2 / 128)) extra++;
    this.ensure(extra);
    this.buf.copyWithin(mark + 1 + extra, mark + 1, this.pos);
    let v = len;
    let i = mark;
    while (v >= 128) {
      this.buf[i++] = v % 128 | 128;
      v = Math.floor(v / 128);
    }
    this.buf[i] = v;
    this.pos += extra;
    return this;
  }
  /** Drops everything written after position `pos` (see {@link length}). */
  truncate(pos) {
    this.pos = pos;
    return this;
  }
  /** Forgets everything written, keeping the buffer. */
  reset() {
    this.pos = 0;
    return this;
  }
  /** The bytes written so far (a copy). */
  finish() {
    return this.buf.slice(0, this.pos);
  }
};

// src/compiler/optvalues.ts
var MessageValue = class {
  constructor(type) {
    this.type = type;
  }
  type;
  fields = /* @__PURE__ */ new Map();
  /**
   * Later literals written for the same non-repeated message field (`m { a: 1 } m { b: 2 }`).
   * buf keeps them apart from the first: statements that reach into the field by path add to
   * the first, the later ones are merged over it when encoding, and the first's locations are
   * emitted once per literal (the later ones get none).
   */
  later = [];
  /** A `google.protobuf.Any` expansion or another value whose interior gets no locations. */
  opaque = false;
  /**
   * The payload of an `Any` expansion (or a message inside one). buf encodes it as written:
   * fields in order of first appearance, a repeated scalar with several values packed and with
   * one value not, whatever the field's own packing; map entries as written (no sorting); a
   * message field written twice as two records.
   */
  asWritten = false;
  /** The payload of an `Any` expansion: left out when it encodes to nothing. */
  isAnyValue = false;
  /** How many times this message's interior locations are emitted. */
  get copies() {
    return 1 + this.later.length;
  }
};
var T = FieldDescriptorProto_Type;
function isRepeated(f) {
  return f.proto.label === FieldDescriptorProto_Label.REPEATED;
}
function isMessageField(f) {
  const t = f.proto.type;
  return t === T.MESSAGE || t === T.GROUP;
}
function realOneofIndex(f) {
  const p = f.proto;
  if (f.kind === "extension" || !isFieldSet(p, FieldDescriptorProtoSchema.field.oneofIndex)) return -1;
  if (p.proto3Optional) return -1;
  return p.oneofIndex;
}
function wireTypeOf(type) {
  switch (type) {
    case T.DOUBLE:
    case T.FIXED64:
    case T.SFIXED64:
      return WT_FIXED64;
    case T.FLOAT:
    case T.FIXED32:
    case T.SFIXED32:
      return WT_FIXED32;
    case T.STRING:
    case T.BYTES:
    case T.MESSAGE:
      return WT_LEN;
    case T.GROUP:
      return WT_START_GROUP;
    default:
      return WT_VARINT;
  }
}
function scalarTypeName(type) {
  switch (type) {
    case T.DOUBLE:
      return "double";
    case T.FLOAT:
      return "float";
    case T.INT64:
      return "int64";
    case T.UINT64:
      return "uint64";
    case T.INT32:
      return "int32";
    case T.FIXED64:
      return "fixed64";
    case T.FIXED32:
      return "fixed32";
    case T.BOOL:
      return "bool";
    case T.STRING:
      return "string";
    case T.BYTES:
      return "bytes";
    case T.UINT32:
      return "uint32";
    case T.SFIXED32:
      return "sfixed32";
    case T.SFIXED64:
      return "sfixed64";
    case T.SINT32:
      return "sint32";
    case T.SINT64:
      return "sint64";
    default:
      return "";
  }
}
function typeNameOf(f) {
  const n = f.proto.typeName;
  return n.startsWith(".") ? n.slice(1) : n;
}
var enumValueMaps = /* @__PURE__ */ new WeakMap();
function enumValueNumber(e, name) {
  let m = enumValueMaps.get(e.proto);
  if (!m) {
    m = /* @__PURE__ */ new Map();
    for (const v of e.proto.value) if (!m.has(v.name)) m.set(v.name, v.number);
    enumValueMaps.set(e.proto, m);
  }
  return m.get(name);
}
var INT32_MIN2 = -(2n ** 31n);
var INT32_MAX2 = 2n ** 31n - 1n;
var UINT32_MAX2 = 2n ** 32n - 1n;
var INT64_MIN = -(2n ** 63n);
var INT64_MAX = 2n ** 63n - 1n;
var UINT64_MAX = 2n ** 64n - 1n;
function intInRange(type, v) {
  switch (type) {
    case T.INT32:
    case T.SINT32:
    case T.SFIXED32:
    case T.ENUM:
      return v >= INT32_MIN2 && v <= INT32_MAX2;
    case T.UINT32:
    case T.FIXED32:
      return v >= 0n && v <= UINT32_MAX2;
    case T.INT64:
    case T.SINT64:
    case T.SFIXED64:
      return v >= INT64_MIN && v <= INT64_MAX;
    case T.UINT64:
    case T.FIXED64:
      return v >= 0n && v <= UINT64_MAX;
    default:
      return false;
  }
}
var scratch2 = new WireWriter(16);
function encodeInt(type, v) {
  const w = scratch2.reset();
  switch (type) {
    case T.SINT32:
    case T.SINT64:
      w.zigzag(v);
      break;
    case T.FIXED32:
    case T.SFIXED32:
      w.fixed32(Number(v));
      break;
    case T.FIXED64:
    case T.SFIXED64:
      w.fixed64(v);
      break;
    default:
      if (v >= 0n && v <= 0x7fffffffn) return Number(v);
      w.varint64(v);
  }
  return w.finish();
}
function encodeFloat(type, v, negativeNaN) {
  const w = scratch2.reset();
  if (type === T.FLOAT) w.float(Math.fround(v), negativeNaN);
  else w.double(v, negativeNaN);
  return w.finish();
}
function encodeBool(v) {
  return v ? 1 : 0;
}
function encodeBytes(b) {
  return b;
}
function mergeLiteralInto(dst, src) {
  dst.later.push(src);
}
function materialize(m) {
  if (!hasLater(m)) return m;
  let changed = m.later.length > 0;
  const elemsByField = /* @__PURE__ */ new Map();
  for (const [num, fv] of m.fields) {
    let elems = fv.elems;
    for (let i = 0; i < elems.length; i++) {
      const e = elems[i];
      if (!(e instanceof MessageValue)) continue;
      const me = materialize(e);
      if (me !== e) {
        if (elems === fv.elems) elems = elems.slice();
        elems[i] = me;
      }
    }
    if (elems !== fv.elems) changed = true;
    elemsByField.set(num, elems);
  }
  if (!changed) return m;
  const out = new MessageValue(m.type);
  out.opaque = m.opaque;
  out.asWritten = m.asWritten;
  out.isAnyValue = m.isAnyValue;
  for (const [num, fv] of m.fields) out.fields.set(num, { field: fv.field, elems: elemsByField.get(num).slice(), sources: [] });
  for (const l of m.later) mergeValues(out, materialize(l));
  return out;
}
function hasLater(m) {
  if (m.asWritten) return false;
  if (m.later.length > 0) return true;
  for (const fv of m.fields.values()) {
    for (const e of fv.elems) if (e instanceof MessageValue && hasLater(e)) return true;
  }
  return false;
}
function copyShallow(m) {
  const out = new MessageValue(m.type);
  out.opaque = m.opaque;
  out.asWritten = m.asWritten;
  out.isAnyValue = m.isAnyValue;
  for (const [num, fv] of m.fields) out.fields.set(num, { field: fv.field, elems: fv.elems.slice(), sources: [] });
  return out;
}
function mergeValues(dst, src) {
  for (const [num, sv] of src.fields) {
    const f = sv.field;
    let dv = dst.fields.get(num);
    if (!dv) {
      const oi = realOneofIndex(f);
      if (oi >= 0) {
        for (const [n2, other] of dst.fields) if (realOneofIndex(other.field) === oi) dst.fields.delete(n2);
      }
      dv = { field: f, elems: [], sources: [] };
      dst.fields.set(num, dv);
    }
    if (isRepeated(f)) {
      dv.elems.push(...sv.elems);
    } else if (isMessageField(f) && dv.elems[0] instanceof MessageValue && sv.elems[0] instanceof MessageValue) {
      const c = copyShallow(dv.elems[0]);
      mergeValues(c, sv.elems[0]);
      dv.elems = [c];
    } else {
      dv.elems = sv.elems.slice();
    }
  }
}
function rank(f) {
  if (f.proto.type === T.MESSAGE && f.proto.options?.features?.messageEncoding === FeatureSet_MessageEncoding.DELIMITED) return 3;
  if (f.kind === "extension") return 0;
  return realOneofIndex(f) >= 0 ? 2 : 1;
}
function orderedFields(m) {
  const list = [...m.fields.values()];
  if (list.length > 1) {
    list.sort((a, b) => {
      const ra = rank(a.field);
      return ra - rank(b.field) || (ra === 3 ? 0 : a.field.proto.number - b.field.proto.number);
    });
  }
  return list;
}
var messageWriter = new WireWriter(1024);
function encodeMessage(m) {
  const w = messageWriter.reset();
  writeMessage(w, materialize(m));
  return w.finish();
}
function writeMessage(w, m) {
  if (m.asWritten) {
    for (const fv of m.fields.values()) writeField(w, fv, true);
    return;
  }
  if (m.fields.size === 1) {
    for (const fv of m.fields.values()) writeField(w, fv);
    return;
  }
  for (const fv of orderedFields(m)) writeField(w, fv);
}
function writeField(w, fv, asWritten = false) {
  const f = fv.field;
  const num = f.proto.number;
  const type = f.proto.type;
  const wt = wireTypeOf(type);
  if (fv.elems.length === 0) return;
  const packed = asWritten ? fv.elems.length > 1 : f.packed;
  if (isRepeated(f) && packed && (wt === WT_VARINT || wt === WT_FIXED32 || wt === WT_FIXED64)) {
    const mark = w.tag(num, WT_LEN).beginLen();
    for (const e of fv.elems) {
      if (typeof e === "number") w.uvarint(e);
      else w.raw(e);
    }
    w.endLen(mark);
    return;
  }
  if (!asWritten && type === T.MESSAGE && isRepeated(f) && fv.elems[0] instanceof MessageValue && fv.elems[0].type.proto.options?.mapEntry) {
    writeMap(w, num, fv.elems);
    return;
  }
  for (const e of fv.elems) {
    if (e instanceof MessageValue) {
      if (type === T.GROUP) {
        w.tag(num, WT_START_GROUP);
        writeMessage(w, e);
        w.tag(num, WT_END_GROUP);
      } else {
        const start = w.length;
        const mark = w.tag(num, WT_LEN).beginLen();
        writeMessage(w, e);
        if (e.isAnyValue && w.length === mark + 1) w.truncate(start);
        else w.endLen(mark);
        if (asWritten) {
          for (const l of e.later) {
            const m2 = w.tag(num, WT_LEN).beginLen();
            writeMessage(w, l);
            w.endLen(m2);
          }
        }
      }
    } else if (typeof e === "number") {
      w.tag(num, WT_VARINT).uvarint(e);
    } else if (wt === WT_LEN) {
      w.tag(num, WT_LEN).lenBytes(e);
    } else {
      w.tag(num, wt).raw(e);
    }
  }
}
function writeMap(w, num, entries) {
  const type = entries[0].type;
  const keyField = type.fieldsByNumber.get(1);
  const valueField = type.fieldsByNumber.get(2);
  if (!keyField || !valueField) return;
  const byKey = /* @__PURE__ */ new Map();
  for (const e of entries) {
    const key2 = mapKey(keyField, e.fields.get(1));
    byKey.set(typeof key2 === "bigint" ? key2 : bytesKey(key2), { key: key2, entry: e });
  }
  const sorted = [...byKey.values()].sort((a, b) => compareKeys(a.key, b.key));
  for (const { entry } of sorted) {
    const mark = w.tag(num, WT_LEN).beginLen();
    for (const [n, f] of [[1, keyField], [2, valueField]]) {
      const fv = entry.fields.get(n);
      if (fv && fv.elems.length > 0) writeField(w, fv);
      else writeZero(w, f);
    }
    w.endLen(mark);
  }
}
function mapKey(f, fv) {
  const e = fv?.elems[fv.elems.length - 1];
  const type = f.proto.type;
  if (e === void 0) return type === T.STRING ? new Uint8Array(0) : 0n;
  if (typeof e === "number") {
    return type === T.SINT32 || type === T.SINT64 ? BigInt(e) >> 1n ^ -(BigInt(e) & 1n) : BigInt(e);
  }
  if (e instanceof MessageValue || type === T.STRING) return e instanceof MessageValue ? 0n : e;
  let u = 0n;
  switch (type) {
    case T.FIXED32:
    case T.SFIXED32:
    case T.FIXED64:
    case T.SFIXED64:
      for (let i = e.length - 1; i >= 0; i--) u = u << 8n | BigInt(e[i]);
      if (type === T.SFIXED32) return BigInt.asIntN(32, u);
      if (type === T.SFIXED64) return BigInt.asIntN(64, u);
      return u;
    default:
      for (let i = e.length - 1; i >= 0; i--) u = u << 7n | BigInt(e[i] & 127);
      if (type === T.SINT32 || type === T.SINT64) return u >> 1n ^ -(u & 1n);
      if (type === T.INT32 || type === T.INT64) return BigInt.asIntN(64, u);
      return u;
  }
}
function bytesKey(b) {
  let s = "";
  for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]);
  return s;
}
function compareKeys(a, b) {
  if (typeof a === "bigint" && typeof b === "bigint") return a < b ? -1 : a > b ? 1 : 0;
  const x = a;
  const y = b;
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return x.length - y.length;
}
function writeZero(w, f) {
  const num = f.proto.number;
  const wt = wireTypeOf(f.proto.type);
  w.tag(num, wt === WT_START_GROUP ? WT_LEN : wt);
  if (wt === WT_FIXED32) w.fixed32(0);
  else if (wt === WT_FIXED64) w.fixed32(0).fixed32(0);
  else w.uvarint(0);
}

// src/compiler/options.ts
function interpretOptions(ctx, req) {
  const file = fileState(ctx);
  const root = file.rootType(req.message);
  if (!root) return void 0;
  const interp = new Interpreter(file, req, root);
  for (const o of req.options) interp.option(o);
  if (interp.root.fields.size === 0) return void 0;
  if (ctx.sourceInfo) interp.emitLocations(interp.root, [...req.path]);
  return encodeMessage(interp.root);
}
var TARGETS = {
  "google.protobuf.FileOptions": FieldOptions_OptionTargetType.TARGET_TYPE_FILE,
  "google.protobuf.MessageOptions": FieldOptions_OptionTargetType.TARGET_TYPE_MESSAGE,
  "google.protobuf.FieldOptions": FieldOptions_OptionTargetType.TARGET_TYPE_FIELD,
  "google.protobuf.OneofOptions": FieldOptions_OptionTargetType.TARGET_TYPE_ONEOF,
  "google.protobuf.EnumOptions": FieldOptions_OptionTargetType.TARGET_TYPE_ENUM,
  "google.protobuf.EnumValueOptions": FieldOptions_OptionTargetType.TARGET_TYPE_ENUM_ENTRY,
  "google.protobuf.ServiceOptions": FieldOptions_OptionTargetType.TARGET_TYPE_SERVICE,
  "google.protobuf.MethodOptions": FieldOptions_OptionTargetType.TARGET_TYPE_METHOD,
  "google.protobuf.ExtensionRangeOptions": FieldOptions_OptionTargetType.TARGET_TYPE_EXTENSION_RANGE
};
var CH_LPAREN = 40;
var CH_LT = 60;
var CH_DOT = 46;
var CH_ZERO = 48;
var textEncoder = new TextEncoder();
var typeCaches = /* @__PURE__ */ new WeakMap();
var FileState = class {
  constructor(ctx) {
    this.ctx = ctx;
    this.tokens = ctx.file.tokens;
    this.text = ctx.file.tokens.source.text;
    this.fromFile = ctx.file.tokens.source.path;
    const s = ctx.file.syntax;
    this.syntax = !s ? "proto2" : s.kind === "edition" ? "editions" : s.value.value;
    const edition = s?.kind === "edition" ? s.value.value : "";
    this.edition = this.syntax === "proto2" ? Edition.EDITION_PROTO2 : this.syntax === "proto3" ? Edition.EDITION_PROTO3 : editionNumber(edition);
    this.editionText = this.syntax === "editions" ? `Edition ${edition}` : `"${this.syntax}"`;
    let types = typeCaches.get(ctx.symbols);
    if (!types) typeCaches.set(ctx.symbols, types = /* @__PURE__ */ new Map());
    this.types = types;
  }
  ctx;
  tokens;
  text;
  fromFile;
  syntax;
  /** The file's edition as an `Edition` number (proto2/proto3 included), and as buf names it. */
  edition;
  editionText;
  /** Field type name → symbol. */
  types;
  /** Resolved names by kind, scope and name (symbol or error text). */
  resolved = /* @__PURE__ */ new Map();
  roots = /* @__PURE__ */ new Map();
  rootType(name) {
    let r = this.roots.get(name);
    if (r === void 0 && !this.roots.has(name)) {
      const s = this.ctx.symbols.lookup(name);
      r = s && s.kind === "message" ? s : void 0;
      this.roots.set(name, r);
    }
    return r;
  }
  /**
   * Resolves an extension or message name from `scope`, cached: the same custom option names
   * recur on many elements, and the first resolution already marked the import as used.
   */
  resolve(scope, name, kind) {
    const key2 = kind === "extension" ? scope : `${kind}\0${scope}`;
    let byName = this.resolved.get(key2);
    if (!byName) this.resolved.set(key2, byName = /* @__PURE__ */ new Map());
    let r = byName.get(name);
    if (r === void 0) {
      const res = this.ctx.symbols.resolve(this.fromFile, scope, name, kind === "extension" ? isExtension : anySymbol);
      r = "error" in res ? res.error : res.symbol;
      byName.set(name, r);
    }
    return r;
  }
};
var fileStates = /* @__PURE__ */ new WeakMap();
function fileState(ctx) {
  let f = fileStates.get(ctx);
  if (!f) fileStates.set(ctx, f = new FileState(ctx));
  return f;
}
var NO_FIELDS = [];
var isExtension = (s) => s.kind === "extension";
var anySymbol = () => true;
function kindPhrase(s) {
  switch (s.kind) {
    case "message":
      return "message type";
    case "enum":
      return "enum type";
    case "enumValue":
      return "enum value";
    case "field":
      return "message field";
    case "extension":
      return "message extension";
    case "oneof":
      return "oneof";
    case "service":
      return "service";
    case "method":
      return "service method";
    default:
      return "package";
  }
}
function extends_(f, msg) {
  if (f.message) return f.message === msg || f.message.fullName === msg.fullName;
  const e = f.proto.extendee;
  return e.length === msg.fullName.length + 1 && e.endsWith(msg.fullName);
}
function extendeeName(f) {
  const e = f.proto.extendee;
  return e.startsWith(".") ? e.slice(1) : e;
}
var Interpreter = class {
  constructor(file, req, rootType) {
    this.file = file;
    this.req = req;
    this.root = new MessageValue(rootType);
    this.ctx = file.ctx;
    this.tokens = file.tokens;
    this.text = file.text;
    this.syntax = file.syntax;
    this.edition = file.edition;
    this.editionText = file.editionText;
    this.target = TARGETS[req.message];
  }
  file;
  req;
  root;
  ctx;
  tokens;
  text;
  syntax;
  target;
  edition;
  editionText;
  // ---- diagnostics and tokens ----
  error(first, last, message2) {
    const t = this.tokens;
    const start = t.start[first];
    const end = t.end[last];
    for (const d of this.ctx.diags.list) {
      if (d.start === start && d.end === end && d.message === message2 && d.source === t.source) return;
    }
    this.ctx.diags.error(t.source, start, end, message2);
  }
  isPunct(tok, ch) {
    const t = this.tokens;
    return t.kind[tok] === TK_PUNCT && this.text.charCodeAt(t.start[tok]) === ch;
  }
  /** The tokens of an extension name without its parentheses. */
  innerName(part) {
    if (this.isPunct(part.first, CH_LPAREN)) return [part.first + 1, part.last - 1];
    return [part.first, part.last];
  }
  // ---- one option ----
  option(o) {
    const isStmt = o.kind === "option";
    const parts = o.name.parts;
    if (parts.length === 0) return;
    if (this.req.message === "google.protobuf.FieldOptions" && parts.length === 1 && !parts[0].extension && (parts[0].name === "default" || parts[0].name === "json_name")) return;
    if (isStmt) this.ctx.sourceInfo?.add(this.req.path, o.first, o.last);
    const fields = this.resolveName(parts);
    if (!fields) {
      const prefix = this.targetFailurePrefix;
      if (prefix.length > 0) this.walk(prefix, prefix.length, o, true);
      return;
    }
    this.checkFeatures(o, fields);
    const cur = this.walk(fields, fields.length - 1, o, false);
    if (!cur) return;
    const f = fields[fields.length - 1];
    const value = o.value;
    const lastPart = parts[parts.length - 1];
    if (value.kind === "list") {
      if (!isRepeated(f)) this.error(value.first, value.last, "mismatched types");
      this.error(value.first, value.last, "unexpected array expression in option setting value");
      for (const v of value.elements) {
        if (isMessageField(f)) this.messageValue(f, v);
        else this.scalarValue(f, v, false);
      }
      return;
    }
    if (value.kind === "message" && this.isPunct(value.first, CH_LT)) {
      this.error(value.first, value.last, "cannot use `<...>` for message expression here");
    }
    const existing = cur.fields.get(f.proto.number);
    if (existing && !isRepeated(f)) {
      this.error(o.name.first, lastPart.last, `${this.describeField(f, fields.length === 1)} set multiple times`);
      return;
    }
    if (!existing && !this.checkOneof(cur, f, o.name.first, lastPart.last)) return;
    let elem;
    if (isMessageField(f)) {
      elem = this.messageValue(f, value);
      if (elem !== void 0 && !isRepeated(f)) this.ctx.sourceInfo?.add([...this.req.path, ...fields.map((x) => x.proto.number)], o.name.first, value.last);
    } else {
      elem = this.scalarValue(f, value, false);
    }
    if (elem === void 0) return;
    const fv = existing ?? { field: f, elems: [], sources: [] };
    if (!existing) cur.fields.set(f.proto.number, fv);
    fv.elems.push(elem);
    if (isRepeated(f) || !(elem instanceof MessageValue)) fv.sources.push(o);
  }
  /** Walks (creating as needed) the singular messages named by the first `n` fields from the root. */
  walk(fields, n, o, quiet) {
    let cur = this.root;
    for (let i = 0; i < n; i++) {
      const f = fields[i];
      let fv = cur.fields.get(f.proto.number);
      if (!fv) {
        const type = this.messageType(f);
        if (!type || !quiet && !this.checkOneof(cur, f, o.name.first, o.name.parts[i].last)) return void 0;
        fv = { field: f, elems: [new MessageValue(type)], sources: [] };
        cur.fields.set(f.proto.number, fv);
      }
      const next = fv.elems[0];
      if (!(next instanceof MessageValue)) return void 0;
      cur = next;
    }
    return cur;
  }
  /** Inside how many `google.protobuf.Any` expansions the literal being read is. */
  anyDepth = 0;
  /** Set by {@link resolveName} when a part fails its target check: the fields before it. */
  targetFailurePrefix = NO_FIELDS;
  /** Resolves an option name to its fields, reporting the first problem. */
  resolveName(parts) {
    const fields = [];
    this.targetFailurePrefix = NO_FIELDS;
    let msg = this.root.type;
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i];
      if (i > 0) {
        const prev = fields[i - 1];
        if (!isMessageField(prev) || isRepeated(prev)) {
          this.error(part.first, part.last, `expected singular message, found ${this.describeType(prev)}`);
          return void 0;
        }
        const next = this.messageType(prev);
        if (!next) return void 0;
        msg = next;
      }
      const withDot = i > 0 && this.isPunct(part.first - 1, CH_DOT) ? part.first - 1 : part.first;
      let f;
      if (part.extension) {
        f = this.resolveExtension(part);
        if (!f) return void 0;
        if (!extends_(f, msg)) {
          this.error(withDot, part.last, `expected \`${msg.fullName}\` extension, found message extension in \`${extendeeName(f)}\``);
          return void 0;
        }
      } else {
        f = msg.fieldsByName.get(part.name);
        if (!f) {
          this.error(withDot, part.last, `cannot find message field \`${part.name}\` in \`${msg.fullName}\``);
          return void 0;
        }
      }
      if (!this.checkTarget(f, part.first, part.last)) {
        this.targetFailurePrefix = fields;
        return void 0;
      }
      fields.push(f);
    }
    return fields;
  }
  resolveExtension(part) {
    const r = this.resolve(this.req.scope, part.name, "extension");
    if (typeof r === "string") {
      const [first, last] = this.innerName(part);
      const other = this.resolve(this.req.scope, part.name, "any");
      this.error(first, last, typeof other === "string" ? r : `expected message extension, found ${kindPhrase(other)} \`${other.fullName}\``);
      return void 0;
    }
    return r;
  }
  /**
   * `features` outside editions, and fields whose `feature_support` excludes this file's
   * edition (`field_presence` in proto3, `java_multiple_files` in edition 2024).
   */
  checkFeatures(o, fields) {
    const parts = o.name.parts;
    let ok = true;
    if (this.syntax !== "editions" && !parts[0].extension && parts[0].name === "features" && fields[0].message === this.root.type) {
      this.error(parts[0].first, parts[0].last, `\`features\` cannot be set in "${this.syntax}"`);
      ok = false;
    }
    for (let i = 0; i < fields.length; i++) {
      if (!this.checkSupport(fields[i], o.name.first, parts[i].last)) ok = false;
    }
    return ok;
  }
  /** Whether the field's `feature_support` admits this file's edition; reports it if not. */
  checkSupport(f, first, last) {
    const support = f.proto.options?.featureSupport;
    if (!support) return true;
    const introduced = support.editionIntroduced;
    const removed = support.editionRemoved;
    if (introduced !== 0 && this.edition < introduced || removed !== 0 && this.edition >= removed) {
      this.error(first, last, `\`${f.proto.name}\` is not supported in ${this.editionText}`);
      return false;
    }
    return true;
  }
  /** A field restricted by `targets` may only be set on those kinds of element. */
  checkTarget(f, first, last) {
    const targets = f.proto.options?.targets;
    if (!targets || targets.length === 0 || targets.includes(this.target)) return true;
    this.error(first, last, `unsupported option target for \`${f.proto.name}\``);
    return false;
  }
  /** Reports setting a second member of a real oneof. */
  checkOneof(m, f, first, last) {
    const oi = realOneofIndex(f);
    if (oi < 0) return true;
    for (const other of m.fields.values()) {
      if (other.field.proto.number !== f.proto.number && realOneofIndex(other.field) === oi) {
        const name = m.type.proto.oneofDecl[oi]?.name ?? "";
        this.error(first, last, `oneof \`${m.type.fullName}.${name}\` set multiple times`);
        return false;
      }
    }
    return true;
  }
  /** `option \`x\``, `message extension \`a.b\``, `message field \`a.B.c\`` (error texts). */
  describeField(f, topLevel) {
    if (f.kind === "extension") return `message extension \`${f.fullName}\``;
    if (topLevel) return `option \`${f.proto.name}\``;
    return `message field \`${f.fullName}\``;
  }
  describeType(f) {
    const type = f.proto.type;
    const name = type === T.MESSAGE || type === T.GROUP || type === T.ENUM ? typeNameOf(f) : scalarTypeName(type);
    if (isRepeated(f)) return `repeated \`${name}\``;
    if (type === T.ENUM) return `enum type \`${name}\``;
    return `scalar type \`${name}\``;
  }
  messageType(f) {
    const s = this.typeOf(f);
    return s && s.kind === "message" ? s : void 0;
  }
  /** The message or enum symbol of a field's type. */
  typeOf(f) {
    const cache2 = this.file.types;
    const key2 = f.proto.typeName;
    let s = cache2.get(key2);
    if (s === void 0 && !cache2.has(key2)) {
      s = this.ctx.symbols.lookup(typeNameOf(f));
      cache2.set(key2, s);
    }
    return s;
  }
  resolve(scope, name, kind) {
    return this.file.resolve(scope, name, kind);
  }
  // ---- values ----
  /** A message literal for a message-typed field; reports a mismatch otherwise. */
  messageValue(f, value) {
    const type = this.messageType(f);
    if (!type) return void 0;
    if (value.kind !== "message") {
      this.mismatch(value);
      return void 0;
    }
    const m = new MessageValue(type);
    if (this.anyDepth > 0) m.asWritten = true;
    this.fillLiteral(m, value);
    return m;
  }
  fillLiteral(m, lit) {
    let hasExpansion = false;
    if (m.type.fullName === "google.protobuf.Any") {
      for (const e of lit.fields) if (e.name.kind === "any") hasExpansion = true;
    }
    let expansions = 0;
    for (const entry of lit.fields) {
      const name = entry.name;
      let f;
      if (hasExpansion && name.kind !== "any") {
        this.error(name.first, name.last, "unexpected field in `Any` expression");
        continue;
      }
      if (name.kind === "field") {
        f = m.type.fieldsByName.get(name.name);
        if (!f) {
          this.error(entry.first, entry.last, `cannot resolve message field name for \`${m.type.fullName}\``);
          continue;
        }
      } else if (name.kind === "extension") {
        const r = this.resolve(this.req.scope, name.name, "extension");
        if (typeof r === "string") {
          const other = this.resolve(this.req.scope, name.name, "any");
          if (typeof other === "string") this.error(entry.first, entry.last, `cannot resolve message field name for \`${m.type.fullName}\``);
          else if (other.kind === "field") this.error(name.first, name.last, `message field \`${other.fullName}\` referenced incorrectly`);
          else this.error(name.first, name.last, "mismatched types");
          continue;
        }
        f = r;
        if (!extends_(f, m.type)) {
          this.error(name.first, name.last, "mismatched types");
          continue;
        }
      } else {
        if (expansions++ > 0) this.error(name.first, name.last, "unexpected field in `Any` expression");
        else this.anyExpansion(m, entry, name.prefix, name.typeName, name.first, name.last);
        continue;
      }
      if (!this.checkTarget(f, name.first, name.last)) continue;
      this.checkSupport(f, name.first, name.last);
      this.literalEntry(m, f, entry);
    }
  }
  /** `[type.googleapis.com/pkg.Msg] { ... }` inside a `google.protobuf.Any` value. */
  anyExpansion(m, entry, prefix, typeName, first, last) {
    if (m.type.fullName !== "google.protobuf.Any") {
      this.error(first, last, "unexpected `Any` type URL");
      return;
    }
    let nameFirst = last - 1;
    while (nameFirst > first && !(this.tokens.kind[nameFirst - 1] === TK_PUNCT && this.text.charCodeAt(this.tokens.start[nameFirst - 1]) === 47)) nameFirst--;
    const r = this.resolve("", typeName, "any");
    if (typeof r === "string") {
      this.error(nameFirst, last - 1, r);
      return;
    }
    if (r.kind !== "message") {
      this.error(nameFirst, last - 1, `expected message type, found ${kindPhrase(r)} \`${r.fullName}\``);
      this.mismatch(entry.value);
      return;
    }
    const type = r;
    const urlField = m.type.fieldsByNumber.get(1);
    const valueField = m.type.fieldsByNumber.get(2);
    if (!urlField || !valueField) return;
    if (entry.value.kind !== "message") {
      this.mismatch(entry.value);
      return;
    }
    const inner = new MessageValue(type);
    inner.asWritten = true;
    inner.isAnyValue = this.anyDepth === 0;
    this.anyDepth++;
    this.fillLiteral(inner, entry.value);
    this.anyDepth--;
    m.opaque = true;
    m.fields.set(1, { field: urlField, elems: [textEncoder.encode(`${prefix}/${type.fullName}`)], sources: [] });
    m.fields.set(2, { field: valueField, elems: [inner], sources: [] });
  }
  /** One `key: value` entry of a message literal. */
  literalEntry(m, f, entry) {
    const value = entry.value;
    const num = f.proto.number;
    const existing = m.fields.get(num);
    if (isRepeated(f)) {
      const values = value.kind === "list" ? value.elements : [value];
      const elems = [];
      for (const v of values) {
        const e = isMessageField(f) ? this.messageValue(f, v) : this.scalarValue(f, v, true);
        if (e !== void 0) elems.push(e);
      }
      if (values.length === 0) return;
      const fv = existing ?? { field: f, elems: [], sources: [] };
      if (!existing) m.fields.set(num, fv);
      fv.elems.push(...elems);
      fv.sources.push(entry);
      return;
    }
    if (value.kind === "list") {
      this.error(value.first, value.last, "mismatched types");
      return;
    }
    if (existing && isMessageField(f) && value.kind === "message") {
      const tmp = this.messageValue(f, value);
      const dst = existing.elems[0];
      if (tmp && dst instanceof MessageValue) mergeLiteralInto(dst, tmp);
      return;
    }
    if (existing) {
      this.error(entry.name.first, entry.name.last, `${this.describeField(f, false)} set multiple times`);
      return;
    }
    if (!this.checkOneof(m, f, entry.name.first, entry.name.last)) return;
    const elem = isMessageField(f) ? this.messageValue(f, value) : this.scalarValue(f, value, true);
    if (elem === void 0) return;
    m.fields.set(num, { field: f, elems: [elem], sources: elem instanceof MessageValue ? [] : [entry] });
  }
  /** Reports a value of the wrong kind: unknown identifiers as such, anything else as a mismatch. */
  mismatch(value) {
    if (value.kind === "identValue" && !isKeyword(value.name)) {
      this.error(value.last, value.last, `cannot find \`${value.name}\` in this scope`);
    } else if (value.kind === "identValue") {
      this.error(value.last, value.last, "mismatched types");
    } else {
      this.error(value.first, value.last, "mismatched types");
    }
  }
  /** Converts a scalar value for field `f`; `inLiteral` = inside a message literal (text format). */
  scalarValue(f, value, inLiteral) {
    const type = f.proto.type;
    switch (type) {
      case T.DOUBLE:
      case T.FLOAT:
        return this.floatValue(type, value, inLiteral);
      case T.BOOL:
        return this.boolValue(value, inLiteral);
      case T.STRING:
      case T.BYTES:
        if (value.kind === "string") return encodeBytes(value.bytes);
        this.mismatch(value);
        return void 0;
      case T.ENUM:
        return this.enumValue(f, value);
      default: {
        if (value.kind !== "int") {
          this.mismatch(value);
          return void 0;
        }
        const v = value.negative ? -value.magnitude : value.magnitude;
        if (!intInRange(type, v)) {
          this.error(value.first, value.last, `literal out of range for \`${scalarTypeName(type)}\``);
          return void 0;
        }
        return encodeInt(type, v);
      }
    }
  }
  floatValue(type, value, inLiteral) {
    let v;
    switch (value.kind) {
      case "int": {
        const t = this.tokens;
        const tok = value.last;
        const s = t.start[tok];
        if (this.text.charCodeAt(s) === CH_ZERO && t.end[tok] > s + 1 && (this.text.charCodeAt(s + 1) | 32) === 120) {
          this.error(value.first, value.last, "unsupported base for floating-point literal");
          return void 0;
        }
        v = value.magnitude > UINT64_MAX2 ? truncatedNumber(value.magnitude) : Number(value.magnitude);
        break;
      }
      case "float":
        if (this.tokens.kind[value.last] === TK_IDENT) return this.floatIdent(type, value.negative, this.tokenText(value.last), value.first, value.last, inLiteral);
        v = value.magnitude;
        break;
      case "identValue":
        return this.floatIdent(type, value.negative, value.name, value.first, value.last, inLiteral);
      default:
        this.mismatch(value);
        return void 0;
    }
    return encodeFloat(type, value.negative ? -v : v, false);
  }
  /** `inf`/`nan` (and in message literals anything Go's ParseFloat would take, else 0). */
  floatIdent(type, negative, name, first, last, inLiteral) {
    let v;
    if (!inLiteral) {
      if (name === "inf") v = Infinity;
      else if (name === "nan") v = NaN;
      else {
        this.error(first, last, "non-canonical floating-point literal outside of message expression");
        return void 0;
      }
    } else {
      const lower2 = name.toLowerCase();
      v = lower2 === "inf" || lower2 === "infinity" ? Infinity : lower2 === "nan" ? NaN : 0;
    }
    return encodeFloat(type, negative ? -v : v, negative && Number.isNaN(v));
  }
  boolValue(value, inLiteral) {
    if (value.kind === "identValue" && !value.negative) {
      const n = value.name;
      if (n === "true" || n === "false") return encodeBool(n === "true");
      if (n === "True" || n === "t" || n === "False" || n === "f") {
        if (inLiteral) return encodeBool(n === "True" || n === "t");
        this.error(value.first, value.last, "non-canonical `bool` literal outside of message expression");
        return void 0;
      }
    }
    this.mismatch(value);
    return void 0;
  }
  enumValue(f, value) {
    const e = this.typeOf(f);
    if (!e || e.kind !== "enum") return void 0;
    if (value.kind === "int") {
      const v = value.negative ? -value.magnitude : value.magnitude;
      if (!intInRange(T.ENUM, v)) {
        this.error(value.first, value.last, `literal out of range for \`${e.fullName}\``);
        return void 0;
      }
      return encodeInt(T.INT32, v);
    }
    if (value.kind !== "identValue") {
      this.mismatch(value);
      return void 0;
    }
    if (value.name.includes(".")) {
      this.error(value.first, value.last, "qualified enum value reference");
      return void 0;
    }
    const n = enumValueNumber(e, value.name);
    if (n === void 0 || value.negative) {
      if (n !== void 0 || isKeyword(value.name)) this.error(value.last, value.last, "mismatched types");
      else this.error(value.last, value.last, `cannot find \`${value.name}\` in this scope`);
      return void 0;
    }
    return encodeInt(T.INT32, BigInt(n));
  }
  tokenText(tok) {
    return this.text.slice(this.tokens.start[tok], this.tokens.end[tok]);
  }
  // ---- source info ----
  /** Value locations of a message value's interior (source-info.md §5). */
  emitLocations(m, path7) {
    if (m.opaque) return;
    const si = this.ctx.sourceInfo;
    for (let copy = 0; copy < m.copies; copy++) {
      for (const fv of m.fields.values()) this.emitField(si, fv, path7);
    }
  }
  emitField(si, fv, path7) {
    const p = [...path7, fv.field.proto.number];
    if (isRepeated(fv.field)) {
      for (let i = 0; i < fv.sources.length; i++) addSource(si, [...p, i], fv.sources[i]);
    } else if (fv.elems[0] instanceof MessageValue) {
      this.emitLocations(fv.elems[0], p);
    } else if (fv.sources.length > 0) {
      addSource(si, p, fv.sources[0]);
    }
  }
};
function addSource(si, path7, s) {
  if ("kind" in s && s.kind === "option") si.addWithComments(path7, s.first, s.last, s.first, s.last);
  else si.add(path7, s.first, s.last);
}
var UINT64_MAX2 = (1n << 64n) - 1n;
function truncatedNumber(v) {
  const shift = v.toString(2).length - 53;
  if (shift <= 0) return Number(v);
  return Number(v >> BigInt(shift)) * 2 ** shift;
}
function editionNumber(edition) {
  const v = Edition[`EDITION_${edition}`];
  return v ?? Edition.EDITION_MAX;
}
function isKeyword(name) {
  return name === "true" || name === "false" || name === "inf" || name === "nan";
}

// src/compiler/descriptors.ts
var F_PACKAGE = 2;
var F_DEPENDENCY = 3;
var F_MESSAGE = 4;
var F_ENUM = 5;
var F_SERVICE = 6;
var F_EXTENSION = 7;
var F_FILE_OPTIONS = 8;
var F_PUBLIC = 10;
var F_WEAK = 11;
var F_SYNTAX = 12;
var F_OPTION_DEP = 15;
var M_NAME = 1;
var M_FIELD = 2;
var M_NESTED = 3;
var M_ENUM = 4;
var M_EXT_RANGE = 5;
var M_EXTENSION = 6;
var M_OPTIONS = 7;
var M_ONEOF = 8;
var M_RESERVED_RANGE = 9;
var M_RESERVED_NAME = 10;
var FD_NAME = 1;
var FD_EXTENDEE = 2;
var FD_NUMBER = 3;
var FD_LABEL = 4;
var FD_TYPE = 5;
var FD_TYPE_NAME = 6;
var FD_DEFAULT = 7;
var FD_OPTIONS = 8;
var FD_JSON = 10;
var RANGE_START = 1;
var RANGE_END = 2;
var ER_OPTIONS = 3;
var ONEOF_NAME = 1;
var ONEOF_OPTIONS = 2;
var E_NAME = 1;
var E_VALUE = 2;
var E_OPTIONS = 3;
var E_RESERVED_RANGE = 4;
var E_RESERVED_NAME = 5;
var EV_NAME = 1;
var EV_NUMBER = 2;
var EV_OPTIONS = 3;
var S_NAME = 1;
var S_METHOD = 2;
var S_OPTIONS = 3;
var MD_NAME = 1;
var MD_INPUT = 2;
var MD_OUTPUT = 3;
var MD_OPTIONS = 4;
var MD_CLIENT_STREAM = 5;
var MD_SERVER_STREAM = 6;
var MAX_FIELD = 536870911;
var NO_PATH = [];
var MAX_MESSAGE_SET = 2147483646;
var SCALARS = /* @__PURE__ */ new Map([
  ["double", FieldDescriptorProto_Type.DOUBLE],
  ["float", FieldDescriptorProto_Type.FLOAT],
  ["int64", FieldDescriptorProto_Type.INT64],
  ["uint64", FieldDescriptorProto_Type.UINT64],
  ["int32", FieldDescriptorProto_Type.INT32],
  ["fixed64", FieldDescriptorProto_Type.FIXED64],
  ["fixed32", FieldDescriptorProto_Type.FIXED32],
  ["bool", FieldDescriptorProto_Type.BOOL],
  ["string", FieldDescriptorProto_Type.STRING],
  ["bytes", FieldDescriptorProto_Type.BYTES],
  ["uint32", FieldDescriptorProto_Type.UINT32],
  ["sfixed32", FieldDescriptorProto_Type.SFIXED32],
  ["sfixed64", FieldDescriptorProto_Type.SFIXED64],
  ["sint32", FieldDescriptorProto_Type.SINT32],
  ["sint64", FieldDescriptorProto_Type.SINT64]
]);
function defaultJsonName(name) {
  let u = name.indexOf("_");
  if (u < 0) return name;
  let out = name.slice(0, u);
  while (u < name.length) {
    let i = u;
    while (i < name.length && name.charCodeAt(i) === 95) i++;
    if (i === name.length) break;
    const c = name.charCodeAt(i);
    let next = name.indexOf("_", i);
    if (next < 0) next = name.length;
    out += c >= 97 && c <= 122 ? String.fromCharCode(c - 32) + name.slice(i + 1, next) : name.slice(i, next);
    u = next;
  }
  return out;
}
function mapEntryName(field2) {
  const j = defaultJsonName(field2);
  return (j.length > 0 ? j[0].toUpperCase() + j.slice(1) : "") + "Entry";
}
var MessageSym = class {
  constructor(fullName, file, proto, messageSet, declTokens, declTok, parentScope) {
    this.fullName = fullName;
    this.file = file;
    this.proto = proto;
    this.messageSet = messageSet;
    this.declTokens = declTokens;
    this.declTok = declTok;
    this.parentScope = parentScope;
    this.typeName = "." + fullName;
  }
  fullName;
  file;
  proto;
  messageSet;
  declTokens;
  declTok;
  parentScope;
  kind = "message";
  /** Whether other files may use it (edition 2024 `export`/`local`, see {@link FileBuilder.exported}). */
  exported = true;
  members = /* @__PURE__ */ new Map();
  /** `.` + full name, as written into type_name. */
  typeName;
  /** Fields in declaration order; the maps are built on first use (few messages are ever asked). */
  fields = [];
  byName;
  byNumber;
  get fieldsByName() {
    if (!this.byName) {
      this.byName = /* @__PURE__ */ new Map();
      for (const f of this.fields) this.byName.set(f.proto.name, f);
    }
    return this.byName;
  }
  get fieldsByNumber() {
    if (!this.byNumber) {
      this.byNumber = /* @__PURE__ */ new Map();
      for (const f of this.fields) if (!this.byNumber.has(f.proto.number)) this.byNumber.set(f.proto.number, f);
    }
    return this.byNumber;
  }
};
var EnumSym = class {
  constructor(fullName, file, proto, closed, declTokens, declTok) {
    this.fullName = fullName;
    this.file = file;
    this.proto = proto;
    this.closed = closed;
    this.declTokens = declTokens;
    this.declTok = declTok;
    this.typeName = "." + fullName;
  }
  fullName;
  file;
  proto;
  closed;
  declTokens;
  declTok;
  kind = "enum";
  exported = true;
  typeName;
};
var EnumValueSym = class {
  constructor(scope, file, proto, parent, declTokens, declTok) {
    this.scope = scope;
    this.file = file;
    this.proto = proto;
    this.parent = parent;
    this.declTokens = declTokens;
    this.declTok = declTok;
  }
  scope;
  file;
  proto;
  parent;
  declTokens;
  declTok;
  kind = "enumValue";
  get fullName() {
    const p = this.scope.fullName;
    return p === "" ? this.proto.name : p + "." + this.proto.name;
  }
};
var ServiceSym = class {
  constructor(fullName, file, parentScope, declTokens, declTok) {
    this.fullName = fullName;
    this.file = file;
    this.parentScope = parentScope;
    this.declTokens = declTokens;
    this.declTok = declTok;
  }
  fullName;
  file;
  parentScope;
  declTokens;
  declTok;
  kind = "service";
  members = /* @__PURE__ */ new Map();
};
var FieldSym = class {
  constructor(kind, scope, file, proto, message2, declTokens, declTok) {
    this.kind = kind;
    this.scope = scope;
    this.file = file;
    this.proto = proto;
    this.message = message2;
    this.declTokens = declTokens;
    this.declTok = declTok;
  }
  kind;
  scope;
  file;
  proto;
  message;
  declTokens;
  declTok;
  packed = false;
  get fullName() {
    const p = this.scope.fullName;
    return p === "" ? this.proto.name : p + "." + this.proto.name;
  }
};
var acceptTypeSimple = (s) => s.kind === "message" || s.kind === "enum" || s.kind === "service";
var acceptTypeQualified = (s) => s.kind !== "package";
function kindPhrase2(s) {
  switch (s.kind) {
    case "service":
      return "service definition";
    case "method":
      return "service method";
    case "field":
      return "message field";
    case "extension":
      return "message extension";
    case "enumValue":
      return "enum value";
    case "oneof":
      return "oneof definition";
    case "message":
      return "message type";
    case "enum":
      return "enum type";
    default:
      return "package";
  }
}
var FileBuilder = class {
  constructor(ast, path7, table, diags, si) {
    this.ast = ast;
    this.path = path7;
    this.table = table;
    this.diags = diags;
    this.si = si;
    this.tokens = ast.tokens;
    this.source = ast.tokens.source;
    let syntax = "proto2";
    let edition;
    const sd = ast.syntax;
    if (sd) {
      const v = sd.value.value;
      if (sd.kind === "syntax") {
        if (v === "proto3") syntax = "proto3";
        else if (v !== "proto2") this.err(sd.value.first, sd.value.last, "unrecognized `syntax` declaration value");
      } else {
        syntax = "editions";
        edition = v;
        if (v !== "2023" && v !== "2024" && v !== "2026") this.err(sd.value.first, sd.value.last, "unrecognized `edition` declaration value");
      }
    }
    this.syntax = syntax;
    let pkg = "";
    for (const d of ast.decls) if (d.kind === "package") {
      pkg = d.name.text;
      break;
    }
    this.pkg = pkg;
    this.info = { path: path7, syntax, edition, package: pkg };
    this.proto = create(FileDescriptorProtoSchema, { name: path7 });
    if (pkg !== "") this.proto.package = pkg;
    if (syntax === "proto3") this.proto.syntax = "proto3";
    else if (syntax === "editions") {
      this.proto.syntax = "editions";
      if (edition === "2023") this.proto.edition = Edition.EDITION_2023;
      else if (edition === "2024") this.proto.edition = Edition.EDITION_2024;
      else if (edition === "2026") this.proto.edition = Edition.EDITION_2026;
    }
    const fileOpts = [];
    for (const d of ast.decls) if (d.kind === "option") fileOpts.push(d);
    this.legacyJson = hasFeature(fileOpts, "json_format", "LEGACY_BEST_EFFORT");
    this.fileClosedEnums = hasFeature(fileOpts, "enum_type", "CLOSED");
    this.fileExpanded = hasFeature(fileOpts, "repeated_field_encoding", "EXPANDED");
    this.fileImplicit = hasFeature(fileOpts, "field_presence", "IMPLICIT");
    this.defaultVisibility = featureValue(fileOpts, "default_symbol_visibility");
  }
  ast;
  path;
  table;
  diags;
  si;
  proto;
  info;
  source;
  tokens;
  pkg;
  /** The package's scope (the root without a package); set by declareAll. */
  pkgScope;
  syntax;
  typeRefs = [];
  extendRefs = [];
  methodRefs = [];
  jobs = [];
  /** Symbols declared directly in the package scope, by simple name (kept for caching). */
  topLevel = [];
  extensions = [];
  /** Whether the file enables `features.json_format = LEGACY_BEST_EFFORT` at file level. */
  legacyJson;
  /** Whether the file's enums default to closed (editions `features.enum_type = CLOSED`). */
  fileClosedEnums;
  fileExpanded;
  fileImplicit;
  /** `features.default_symbol_visibility` of the file, if set. */
  defaultVisibility;
  err(first, last, msg) {
    this.diags.error(this.source, this.tokens.start[first], this.tokens.end[last], msg);
  }
  /** Registers a symbol; its name token is carried by the symbol (`declTokens`/`declTok`). */
  declare(scope, name, sym) {
    this.table.declare(scope, name, sym);
    if (scope === this.pkgScope) this.topLevel.push([name, sym]);
  }
  // ---- step 1: declare ------------------------------------------------------------------------
  declareAll() {
    const ast = this.ast;
    const proto = this.proto;
    const si = this.si;
    const pkg = this.pkg;
    if (si && ast.syntax) si.addWithComments([F_SYNTAX], ast.syntax.first, ast.syntax.last, ast.syntax.first, ast.syntax.last);
    let pkgDecl;
    for (const d of ast.decls) if (d.kind === "package") {
      pkgDecl = d.first;
      break;
    }
    const pkgScope = this.table.packageScope(pkg, pkgDecl === void 0 ? void 0 : { declTokens: this.tokens, declTok: pkgDecl, file: this.info });
    this.pkgScope = pkgScope;
    let importIdx = 0;
    let optImportIdx = 0;
    const fileOpts = [];
    for (const d of ast.decls) {
      switch (d.kind) {
        case "package":
          si?.addWithComments([F_PACKAGE], d.first, d.last, d.first, d.last);
          break;
        case "import": {
          const m = d.modifier?.text;
          if (m === "option") {
            proto.optionDependency.push(d.path.value);
            si?.addWithComments([F_OPTION_DEP, optImportIdx++], d.first, d.last, d.first, d.last);
            break;
          }
          const i = proto.dependency.length;
          proto.dependency.push(d.path.value);
          si?.addWithComments([F_DEPENDENCY, importIdx++], d.first, d.last, d.first, d.last);
          if (m === "public") {
            si?.add([F_PUBLIC, proto.publicDependency.length], d.modifier.tok, d.modifier.tok);
            proto.publicDependency.push(i);
          } else if (m === "weak") {
            si?.add([F_WEAK, proto.weakDependency.length], d.modifier.tok, d.modifier.tok);
            proto.weakDependency.push(i);
          }
          break;
        }
        case "option":
          fileOpts.push(d);
          break;
        case "message": {
          const idx = proto.messageType.length;
          proto.messageType.push(this.buildMessage(d, pkgScope, [F_MESSAGE, idx]));
          break;
        }
        case "enum": {
          const idx = proto.enumType.length;
          proto.enumType.push(this.buildEnum(d, pkgScope, [F_ENUM, idx]));
          break;
        }
        case "service":
          this.buildService(d, [F_SERVICE, proto.service.length]);
          break;
        case "extend":
          this.buildExtend(d, pkgScope, void 0);
          break;
        case "empty":
          break;
      }
    }
    if (fileOpts.length > 0) {
      this.jobs.push({
        message: "google.protobuf.FileOptions",
        schema: FileOptionsSchema,
        options: fileOpts,
        path: [F_FILE_OPTIONS],
        scope: pkg,
        target: proto,
        alwaysSet: false
      });
    }
  }
  /**
   * Whether a message or enum can be used from other files: an explicit `export`/`local` decides;
   * otherwise, from edition 2024 on, `features.default_symbol_visibility` (default
   * EXPORT_TOP_LEVEL: top-level types are exported, nested ones are local); before 2024, always.
   */
  exported(v, parent) {
    if (v) return v.text === "export";
    if (this.syntax !== "editions" || this.info.edition === "2023") return true;
    const mode = this.defaultVisibility;
    if (mode === "EXPORT_ALL") return true;
    if (mode === "LOCAL_ALL") return false;
    return parent === this.pkgScope;
  }
  visibilityOf(v) {
    if (!v) return void 0;
    return v.text === "export" ? SymbolVisibility.VISIBILITY_EXPORT : SymbolVisibility.VISIBILITY_LOCAL;
  }
  /** A message (or the message of a group). `parent` is the enclosing scope's full name. */
  buildMessage(d, parent, path7, into, legacy = this.legacyJson) {
    const si = this.si;
    const name = d.name.text;
    const fullName = parent.fullName === "" ? name : parent.fullName + "." + name;
    const proto = into ?? create(DescriptorProtoSchema);
    proto.name = name;
    if (d.kind === "message") {
      const vis = this.visibilityOf(d.visibility);
      if (vis !== void 0) proto.visibility = vis;
      if (si) {
        si.addWithComments(path7, d.first, d.last, d.visibility ? d.visibility.tok : d.first, d.open);
        si.add([...path7, M_NAME], d.name.first, d.name.last);
      }
    }
    const messageSet = hasOption(d.body, "message_set_wire_format", "true");
    const sym = new MessageSym(fullName, this.info, proto, messageSet, this.tokens, d.name.first, parent);
    sym.exported = this.exported(d.kind === "message" ? d.visibility : void 0, parent);
    this.declare(parent, name, sym);
    const ctx = {
      fullName,
      proto,
      sym,
      path: path7,
      fieldNodes: [],
      reserved: [],
      extRanges: [],
      reservedNames: void 0,
      legacyJson: legacy || hasFeature(d.body, "json_format", "LEGACY_BEST_EFFORT"),
      firstReserved: true,
      firstReservedName: true
    };
    const opts = [];
    for (const b of d.body) {
      switch (b.kind) {
        case "field":
        case "map":
        case "group":
          this.buildField(b, ctx, void 0);
          break;
        case "oneof": {
          const oi = proto.oneofDecl.length;
          const oneof = create(OneofDescriptorProtoSchema, { name: b.name.text });
          proto.oneofDecl.push(oneof);
          const opath = [...path7, M_ONEOF, oi];
          if (si) {
            si.addWithComments(opath, b.first, b.last, b.first, b.open);
            si.add([...opath, ONEOF_NAME], b.name.first, b.name.last);
          }
          this.declare(sym, b.name.text, { kind: "oneof", fullName: fullName + "." + b.name.text, file: this.info, declTokens: this.tokens, declTok: b.name.first });
          const oopts = [];
          let members = 0;
          for (const m of b.body) {
            if (m.kind === "option") oopts.push(m);
            else if (m.kind !== "empty") {
              members++;
              if (m.kind === "map") this.err(m.first, m.last, "map fields are not allowed inside of a oneof definition");
              this.buildField(m, ctx, oi);
            }
          }
          if (members === 0) this.err(b.first, b.last, "oneof must define at least one member");
          if (oopts.length > 0) {
            this.jobs.push({
              message: "google.protobuf.OneofOptions",
              schema: OneofOptionsSchema,
              options: oopts,
              path: [...opath, ONEOF_OPTIONS],
              scope: fullName,
              target: oneof,
              alwaysSet: false
            });
          }
          break;
        }
        case "message": {
          const j = proto.nestedType.length;
          proto.nestedType.push(this.buildMessage(b, sym, [...path7, M_NESTED, j], void 0, ctx.legacyJson));
          break;
        }
        case "enum": {
          const j = proto.enumType.length;
          proto.enumType.push(this.buildEnum(b, sym, [...path7, M_ENUM, j], ctx.legacyJson));
          break;
        }
        case "extend":
          this.buildExtend(b, sym, ctx);
          break;
        case "extensions":
          this.buildExtensionRanges(b, ctx);
          break;
        case "reserved":
          this.buildReserved(b, ctx);
          break;
        case "option":
          opts.push(b);
          break;
        case "empty":
          break;
      }
    }
    this.finishMessage(ctx);
    if (opts.length > 0) {
      this.jobs.push({
        message: "google.protobuf.MessageOptions",
        schema: MessageOptionsSchema,
        options: opts,
        path: [...path7, M_OPTIONS],
        scope: fullName,
        target: proto,
        alwaysSet: false
      });
    }
    return proto;
  }
  /** Label checks and the descriptor label of a field (descriptors.md §4). */
  labelOf(d, inOneof, extension) {
    const lab = d.label;
    if (d.kind === "map") {
      if (lab) this.err(d.typeFirst, d.typeLast, `unexpected type after \`${lab.text}\``);
      return { label: FieldDescriptorProto_Label.REPEATED, proto3Optional: false };
    }
    if (inOneof) {
      if (lab) this.err(lab.tok, lab.tok, `unexpected \`${lab.text}\``);
      return { label: FieldDescriptorProto_Label.OPTIONAL, proto3Optional: false };
    }
    if (this.syntax === "proto2") {
      if (!lab) {
        if (d.kind === "field") this.err(d.type.first, d.type.last, "unexpected type name");
        else this.err(d.keyword, d.keyword, "unexpected type name");
        return { label: FieldDescriptorProto_Label.OPTIONAL, proto3Optional: false };
      }
      if (extension && lab.text === "required") this.err(lab.tok, lab.tok, "message extension cannot be required");
      return { label: lab.text === "required" ? FieldDescriptorProto_Label.REQUIRED : lab.text === "repeated" ? FieldDescriptorProto_Label.REPEATED : FieldDescriptorProto_Label.OPTIONAL, proto3Optional: false };
    }
    if (!lab) return { label: FieldDescriptorProto_Label.OPTIONAL, proto3Optional: false };
    if (lab.text === "repeated") return { label: FieldDescriptorProto_Label.REPEATED, proto3Optional: false };
    if (lab.text === "required" || this.syntax === "editions") {
      this.err(lab.tok, lab.tok, `unexpected \`${lab.text}\``);
      return { label: FieldDescriptorProto_Label.OPTIONAL, proto3Optional: false };
    }
    return { label: FieldDescriptorProto_Label.OPTIONAL, proto3Optional: true };
  }
  numberOf(n) {
    if (!n) return void 0;
    const m = n.magnitude;
    const v = m > 0xffffffffn ? Number.MAX_SAFE_INTEGER : Number(m);
    return n.negative ? -v : v;
  }
  /**
   * A field, map field or group inside a message (`ctx`), possibly in oneof `oneofIndex`, or an
   * extension (`ext` set: the extension list, paths and scope of the extend block).
   */
  buildField(d, ctx, oneofIndex, ext) {
    const si = this.si;
    const isGroup = d.kind === "group";
    const name = isGroup ? d.name.text.toLowerCase() : d.name.text;
    const scope = ext ? ext.scope : ctx.sym;
    const { label, proto3Optional } = this.labelOf(d, oneofIndex !== void 0, ext !== void 0);
    const num = this.numberOf(d.number);
    const proto = create(FieldDescriptorProtoSchema, { name });
    if (num !== void 0) proto.number = num;
    proto.label = label;
    if (oneofIndex !== void 0) proto.oneofIndex = oneofIndex;
    if (proto3Optional) proto.proto3Optional = true;
    const list = ext ? ext.list : ctx.proto.field;
    const index = list.length;
    list.push(proto);
    let jsonOpt;
    let defaultOpt;
    let packedOpt;
    let real;
    const copts = d.options;
    if (copts) {
      for (const o of copts.options) {
        const p = o.name.parts;
        if (p.length === 1 && !p[0].extension) {
          const n = p[0].name;
          if (n === "json_name") {
            jsonOpt = o;
            continue;
          }
          if (n === "default") {
            defaultOpt = o;
            continue;
          }
          if (n === "packed" && o.value.kind === "identValue") packedOpt = o.value.name === "true";
        }
        (real ??= []).push(o);
      }
    }
    const fpath = si !== void 0 || real !== void 0 ? ext ? [...ext.path, index] : [...ctx.path, M_FIELD, index] : NO_PATH;
    const sym = new FieldSym(ext ? "extension" : "field", scope, this.info, proto, ext ? void 0 : ctx.sym, this.tokens, d.name.first);
    const defJson = defaultJsonName(name);
    proto.jsonName = defJson;
    if (jsonOpt) {
      const v = jsonOpt.value;
      if (v.kind !== "string") this.err(v.first, v.last, "mismatched types");
      else if (ext) {
        if (v.value !== defJson) this.err(jsonOpt.first, jsonOpt.last, "message extension cannot specify `json_name`");
      } else proto.jsonName = v.value;
    }
    if (defaultOpt && this.syntax === "proto3") this.err(defaultOpt.first, defaultOpt.last, 'custom default in "proto3"');
    if (defaultOpt && label === FieldDescriptorProto_Label.REPEATED && d.kind === "field") {
      const t = d.type;
      const what = SCALARS.has(t.text) && t.parts.length === 1 && !t.absolute ? `scalar type \`${t.text}\`` : `type \`${t.text}\``;
      this.err(t.first, t.last, `expected singular scalar- or enum-typed field, found ${what}`);
      defaultOpt = void 0;
    }
    const topExtGroup = isGroup && ext !== void 0 && ext.topLevel;
    let groupMsgPath;
    let groupProto;
    const groupParent = ext ? ext.scope : ctx.sym;
    if (isGroup) {
      const nested = ext ? ext.nested : ctx.proto.nestedType;
      groupMsgPath = ext ? [...ext.nestedPath, nested.length] : [...ctx.path, M_NESTED, nested.length];
      if (this.syntax !== "proto2") this.err(d.keyword, d.keyword, "group syntax is not supported");
      const c0 = d.name.text.charCodeAt(0);
      if (!(c0 >= 65 && c0 <= 90)) this.err(d.name.first, d.name.last, "group names must start with an uppercase letter");
      if (topExtGroup) this.groupMessageInfo(d, groupMsgPath);
      groupProto = create(DescriptorProtoSchema);
      nested.push(groupProto);
    }
    if (si) {
      if (ext) si.add([...fpath, FD_EXTENDEE], ext.extendee.first, ext.extendee.last);
      if (d.label) si.add([...fpath, FD_LABEL], d.label.tok, d.label.tok);
      if (isGroup) si.add(fpath, d.first, d.last);
      else si.addWithComments(fpath, d.first, d.last, d.first, d.last);
      if (d.kind === "field") {
        si.add([...fpath, SCALARS.has(d.type.text) ? FD_TYPE : FD_TYPE_NAME], d.type.first, d.type.last);
      } else if (d.kind === "map") si.add([...fpath, FD_TYPE_NAME], d.typeFirst, d.typeLast);
      else si.add([...fpath, FD_TYPE_NAME], d.keyword, d.keyword);
      si.add([...fpath, FD_NAME], d.name.first, d.name.last);
      if (d.number) si.add([...fpath, FD_NUMBER], d.number.first, d.number.last);
      if (real && copts) si.add([...fpath, FD_OPTIONS], copts.first, copts.last);
      if (defaultOpt) si.add([...fpath, FD_DEFAULT], defaultOpt.first, defaultOpt.last);
      if (jsonOpt) si.add([...fpath, FD_JSON], jsonOpt.first, jsonOpt.last);
    }
    let mapEntry;
    if (d.kind === "group") {
      proto.type = FieldDescriptorProto_Type.GROUP;
      proto.typeName = "." + (groupParent.fullName === "" ? d.name.text : groupParent.fullName + "." + d.name.text);
      this.buildMessage(d, groupParent, groupMsgPath, groupProto, ctx ? ctx.legacyJson : this.legacyJson);
      if (!topExtGroup) this.groupMessageInfo(d, groupMsgPath);
    } else if (d.kind === "map") {
      const entryName = mapEntryName(name);
      const parent = ctx ? ctx.sym : scope;
      const entryFull = parent.fullName === "" ? entryName : parent.fullName + "." + entryName;
      proto.type = FieldDescriptorProto_Type.MESSAGE;
      proto.typeName = "." + entryFull;
      const key2 = create(FieldDescriptorProtoSchema, { name: "key", number: 1, label: FieldDescriptorProto_Label.OPTIONAL, jsonName: "key" });
      const value = create(FieldDescriptorProtoSchema, { name: "value", number: 2, label: FieldDescriptorProto_Label.OPTIONAL, jsonName: "value" });
      mapEntry = create(DescriptorProtoSchema, {
        name: entryName,
        field: [key2, value],
        options: create(MessageOptionsSchema, { mapEntry: true })
      });
      const esym = new MessageSym(entryFull, this.info, mapEntry, false, this.tokens, d.name.first, parent);
      this.declare(parent, entryName, esym);
      const ks = new FieldSym("field", esym, this.info, key2, esym, this.tokens, d.name.first);
      const vs = new FieldSym("field", esym, this.info, value, esym, this.tokens, d.name.first);
      esym.fields.push(ks, vs);
      (ctx ? ctx.proto.nestedType : ext.nested).push(mapEntry);
      this.setType(key2, void 0, d.keyType, esym, true, void 0, void 0);
      this.setType(value, vs, d.valueType, parent, false, void 0, void 0);
    } else {
      let implicit = false;
      if (this.syntax === "editions" && !ext && oneofIndex === void 0 && label === FieldDescriptorProto_Label.OPTIONAL) {
        const fp = compactFeature(real, "field_presence");
        implicit = fp === void 0 ? this.fileImplicit : fp === "IMPLICIT";
      }
      this.setType(proto, sym, d.type, scope, false, defaultOpt, packedOpt, implicit);
    }
    if (!isGroup || name !== d.name.text) this.declare(scope, name, sym);
    if (!ext) {
      ctx.sym.fields.push(sym);
      ctx.fieldNodes.push({ proto, number: d.number, name: d.name.first, jsonTok: jsonOpt });
      if (num !== void 0) this.checkFieldNumber(num, d.number, ctx.sym.messageSet);
    } else {
      this.extensions.push(sym);
    }
    if (real) {
      this.jobs.push({
        message: "google.protobuf.FieldOptions",
        schema: FieldOptionsSchema,
        options: real,
        path: [...fpath, FD_OPTIONS],
        scope: scope.fullName,
        target: proto,
        alwaysSet: false,
        ...mapEntry && this.syntax === "editions" ? { mapEntry } : {}
      });
    }
    return { proto, sym };
  }
  /** Source info of a group's synthesized message: same span as the field, comments, name. */
  groupMessageInfo(d, path7) {
    if (!this.si) return;
    this.si.addWithComments(path7, d.first, d.last, d.first, d.open);
    this.si.add([...path7, M_NAME], d.name.first, d.name.last);
  }
  checkFieldNumber(n, node, messageSet) {
    if (n < 1 || n > (messageSet ? MAX_MESSAGE_SET : MAX_FIELD) || n >= 19e3 && n <= 19999) {
      this.err(node.first, node.last, "field number out of range");
    }
  }
  /** Records a type reference; scalars are set immediately. */
  setType(proto, sym, node, scope, mapKey2, defaultOpt, packedOpt, implicit = false) {
    const scalar = node.absolute || node.parts.length > 1 ? void 0 : SCALARS.get(node.text);
    if (scalar !== void 0) {
      proto.type = scalar;
      if (mapKey2 && (scalar === FieldDescriptorProto_Type.FLOAT || scalar === FieldDescriptorProto_Type.DOUBLE || scalar === FieldDescriptorProto_Type.BYTES)) {
        this.err(node.first, node.last, `expected map key type, found scalar type \`${node.text}\``);
      }
      if (defaultOpt === void 0) {
        if (sym) sym.packed = this.packedFor(proto, packedOpt, false);
        return;
      }
    }
    this.typeRefs.push({ field: proto, sym, node, scope, mapKey: mapKey2, defaultOpt, packedOpt, scalar: scalar !== void 0, implicit });
  }
  /** The `extend` block `d`, in scope `scope` (the package, or message `ctx`). */
  buildExtend(d, scope, ctx) {
    const si = this.si;
    const extPath = ctx ? [...ctx.path, M_EXTENSION] : [F_EXTENSION];
    si?.addWithComments(extPath, d.first, d.last, d.first, d.open);
    const list = ctx ? ctx.proto.extension : this.proto.extension;
    const nested = ctx ? ctx.proto.nestedType : this.proto.messageType;
    const nestedPath = ctx ? [...ctx.path, M_NESTED] : [F_MESSAGE];
    const ref = { decl: d, scope, fields: [] };
    let members = 0;
    for (const b of d.body) {
      if (b.kind === "empty") continue;
      members++;
      if (b.kind === "map") this.err(b.first, b.last, "unsupported map-typed extension");
      const r = this.buildField(b, ctx, void 0, { list, path: extPath, scope, nested, nestedPath, topLevel: !ctx, extendee: d.extendee });
      ref.fields.push({ proto: r.proto, sym: r.sym, number: b.number });
    }
    if (members === 0) this.err(d.first, d.last, "message extension block must declare at least one message extension");
    this.extendRefs.push(ref);
  }
  /** Parses a range node; `enumMode` uses enum limits and inclusive ends. */
  rangeOf(r, maxValue) {
    const start = this.numberOf(r.start);
    const end = r.end === void 0 ? start : r.end.kind === "max" ? maxValue : this.numberOf(r.end);
    return { start, end, node: r };
  }
  addRangeInfo(path7, r) {
    const si = this.si;
    si.add(path7, r.first, r.last);
    si.add([...path7, RANGE_START], r.start.first, r.start.last);
    if (r.end) si.add([...path7, RANGE_END], r.end.first, r.end.last);
    else si.add([...path7, RANGE_END], r.start.first, r.start.last);
  }
  buildExtensionRanges(d, ctx) {
    const si = this.si;
    const max = ctx.sym.messageSet ? MAX_MESSAGE_SET : MAX_FIELD;
    const opts = d.options && d.options.options.length > 0 ? d.options : void 0;
    const first = ctx.proto.extensionRange.length;
    const created = [];
    for (const r of d.ranges) {
      const ri = this.rangeOf(r, max);
      this.checkRange(ri, 1, max, ctx, false, true);
      ctx.extRanges.push(ri);
      const er = create(DescriptorProto_ExtensionRangeSchema, { start: ri.start, end: ri.end + 1 });
      ctx.proto.extensionRange.push(er);
      created.push(er);
      if (si) si.addWithComments([...ctx.path, M_EXT_RANGE], d.first, d.last, d.first, d.last);
    }
    if (si) {
      for (let i = 0; i < d.ranges.length; i++) this.addRangeInfo([...ctx.path, M_EXT_RANGE, first + i], d.ranges[i]);
      if (opts) for (let i = 0; i < d.ranges.length; i++) si.add([...ctx.path, M_EXT_RANGE, first + i, ER_OPTIONS], opts.first, opts.last);
    }
    if (opts) {
      for (let i = 0; i < created.length; i++) {
        this.jobs.push({
          message: "google.protobuf.ExtensionRangeOptions",
          schema: ExtensionRangeOptionsSchema,
          options: opts.options,
          path: [...ctx.path, M_EXT_RANGE, first + i, ER_OPTIONS],
          scope: ctx.fullName,
          target: created[i],
          alwaysSet: false
        });
      }
    }
  }
  /** Checks a message range (reserved or extensions) against limits and earlier ranges. */
  /**
   * Checks a range's ends against `min`..`max` (and, for extension ranges, the reserved band
   * 19000–19999 at either end), then that it is not empty, then overlaps with earlier ranges.
   */
  checkRange(ri, min, max, ctx, enumMode, extension = false) {
    const r = ri.node;
    const msg = enumMode ? "literal out of range for `int32`" : "field number out of range";
    const bad = (n) => n < min || n > max || extension && n >= 19e3 && n <= 19999;
    const startBad = bad(ri.start);
    const endBad = r.end !== void 0 && r.end.kind !== "max" && bad(ri.end);
    if (startBad) this.err(r.start.first, r.start.last, msg);
    if (endBad) this.err(r.end.first, r.end.last, msg);
    if (!startBad && !endBad && ri.end < ri.start) this.err(r.start.first, r.start.last, "empty reserved range %!v(MISSING) %!v(MISSING)");
    if (ctx) {
      if (overlaps(ctx.reserved, ri) || overlaps(ctx.extRanges, ri)) this.err(r.first, r.last, "overlapping field number ranges");
    }
  }
  buildReserved(d, ctx) {
    const si = this.si;
    for (const r of d.ranges) {
      const ri = this.rangeOf(r, MAX_FIELD);
      this.checkRange(ri, 1, MAX_FIELD, ctx, false);
      ctx.reserved.push(ri);
      const i = ctx.proto.reservedRange.length;
      ctx.proto.reservedRange.push(create(DescriptorProto_ReservedRangeSchema, { start: ri.start, end: ri.end + 1 }));
      if (si) this.addRangeInfo([...ctx.path, M_RESERVED_RANGE, i], r);
    }
    if (d.names.length > 0) {
      ctx.reservedNames ??= /* @__PURE__ */ new Map();
      this.reservedNames(d, ctx.proto.reservedName, ctx.reservedNames, [...ctx.path, M_RESERVED_NAME], "message field name");
    }
    if (si) {
      if (d.ranges.length > 0 && ctx.firstReserved) {
        ctx.firstReserved = false;
        si.addWithComments([...ctx.path, M_RESERVED_RANGE], d.first, d.last, d.first, d.last);
      } else if (d.names.length > 0 && ctx.firstReservedName) {
        ctx.firstReservedName = false;
        si.addWithComments([...ctx.path, M_RESERVED_NAME], d.first, d.last, d.first, d.last);
      }
    }
  }
  reservedNames(d, out, seen, path7, what) {
    for (const n of d.names) {
      if (this.syntax === "editions" && n.quoted) this.err(n.first, n.last, "cannot use string literals in reserved range in editions mode");
      else if (this.syntax !== "editions" && !n.quoted) this.err(n.first, n.last, "cannot use identifiers in reserved range in syntax mode");
      if (this.si) this.si.add([...path7, out.length], n.first, n.last);
      out.push(n.name);
      const first = seen.get(n.name);
      if (first === void 0) seen.set(n.name, n);
      else if (first !== null) {
        this.err(first.first, first.last, `${what} \`${n.name}\` reserved more than once`);
        seen.set(n.name, null);
      }
    }
  }
  /** Checks that need every field of the message; synthetic oneofs. */
  finishMessage(ctx) {
    const proto = ctx.proto;
    const nodes = ctx.fieldNodes;
    const count = nodes.length;
    const seen = count > 12 ? /* @__PURE__ */ new Set() : void 0;
    const maxNumber = ctx.sym.messageSet ? MAX_MESSAGE_SET : MAX_FIELD;
    for (let i = 0; i < count; i++) {
      const f = nodes[i];
      if (ctx.reservedNames !== void 0 && ctx.reservedNames.has(f.proto.name)) this.err(f.name, f.name, "use of reserved message field name");
      if (!f.number) continue;
      const n = f.proto.number;
      let dup = false;
      if (seen) {
        dup = seen.has(n);
        seen.add(n);
      } else {
        for (let j = 0; j < i; j++) if (nodes[j].number && nodes[j].proto.number === n) {
          dup = true;
          break;
        }
      }
      if (dup) this.err(f.number.first, f.number.last, `field number \`${n}\` used more than once`);
      if (n < 1 || n > maxNumber || n >= 19e3 && n <= 19999) continue;
      if (contains(ctx.reserved, n) || contains(ctx.extRanges, n)) this.err(f.number.first, f.number.last, `use of reserved field number \`${n}\``);
    }
    if (count > 1) {
      const strict = this.syntax === "proto3" || this.syntax === "editions" && !ctx.legacyJson;
      const byJson = count > 12 ? /* @__PURE__ */ new Map() : void 0;
      for (let i = 0; i < count; i++) {
        const f = nodes[i];
        const j = f.proto.jsonName;
        const custom = f.jsonTok !== void 0 && f.jsonTok.value.kind === "string";
        let prevCustom;
        if (byJson) {
          prevCustom = byJson.get(j);
          if (prevCustom === void 0) byJson.set(j, custom);
        } else {
          for (let k = 0; k < i; k++) {
            const g = nodes[k];
            if (g.proto.jsonName === j) {
              prevCustom = g.jsonTok !== void 0 && g.jsonTok.value.kind === "string";
              break;
            }
          }
        }
        if (prevCustom !== void 0 && (strict || custom || prevCustom)) {
          const at = custom ? f.jsonTok.value : void 0;
          this.err(at ? at.first : f.name, at ? at.last : f.name, "message fields have the same JSON name");
        }
      }
    }
    let any = false;
    for (const f of proto.field) if (f.proto3Optional) {
      any = true;
      break;
    }
    if (any) {
      const taken = /* @__PURE__ */ new Set();
      for (const f of proto.field) taken.add(f.name);
      for (const o of proto.oneofDecl) taken.add(o.name);
      for (const m of proto.nestedType) taken.add(m.name);
      for (const e of proto.enumType) {
        taken.add(e.name);
        for (const v of e.value) taken.add(v.name);
      }
      for (const x of proto.extension) taken.add(x.name);
      for (const f of proto.field) {
        if (!f.proto3Optional) continue;
        let n = f.name.charCodeAt(0) === 95 ? f.name : "_" + f.name;
        while (taken.has(n)) n = "X" + n;
        taken.add(n);
        f.oneofIndex = proto.oneofDecl.length;
        proto.oneofDecl.push(create(OneofDescriptorProtoSchema, { name: n }));
      }
    }
  }
  buildEnum(d, parent, path7, legacy = this.legacyJson) {
    const si = this.si;
    const name = d.name.text;
    const fullName = parent.fullName === "" ? name : parent.fullName + "." + name;
    const proto = create(EnumDescriptorProtoSchema, { name });
    const vis = this.visibilityOf(d.visibility);
    if (vis !== void 0) proto.visibility = vis;
    if (si) {
      si.addWithComments(path7, d.first, d.last, d.visibility ? d.visibility.tok : d.first, d.open);
      si.add([...path7, E_NAME], d.name.first, d.name.last);
    }
    const closed = this.syntax === "proto2" || this.syntax === "editions" && (hasFeature(d.body, "enum_type", "CLOSED") || this.fileClosedEnums && !hasFeature(d.body, "enum_type", "OPEN"));
    const sym = new EnumSym(fullName, this.info, proto, closed, this.tokens, d.name.first);
    sym.exported = this.exported(d.visibility, parent);
    this.declare(parent, name, sym);
    const aliasOpt = findOption(d.body, "allow_alias", "true");
    const allowAlias = aliasOpt !== void 0;
    const opts = [];
    const reserved = [];
    const reservedNames = /* @__PURE__ */ new Map();
    const values = [];
    let firstRange = true;
    let firstName = true;
    for (const b of d.body) {
      if (b.kind === "option") opts.push(b);
      else if (b.kind === "enumValue") {
        const k = proto.value.length;
        const n = this.numberOf(b.number);
        const v = create(EnumValueDescriptorProtoSchema, { name: b.name.text });
        if (n !== void 0) v.number = n;
        proto.value.push(v);
        const vpath = si !== void 0 || b.options !== void 0 ? [...path7, E_VALUE, k] : NO_PATH;
        if (si) {
          si.addWithComments(vpath, b.first, b.last, b.first, b.last);
          si.add([...vpath, EV_NAME], b.name.first, b.name.last);
          if (b.number) si.add([...vpath, EV_NUMBER], b.number.first, b.number.last);
          if (b.options && b.options.options.length > 0) si.add([...vpath, EV_OPTIONS], b.options.first, b.options.last);
        }
        this.declare(parent, b.name.text, new EnumValueSym(parent, this.info, v, sym, this.tokens, b.name.first));
        if (b.number && n !== void 0) {
          if (n < -2147483648 || n > 2147483647) this.err(b.number.first, b.number.last, "literal out of range for `int32`");
          values.push({ n, node: b.number, name: b.name.text, nameTok: b.name.first });
        }
        if (b.options && b.options.options.length > 0) {
          this.jobs.push({
            message: "google.protobuf.EnumValueOptions",
            schema: EnumValueOptionsSchema,
            options: b.options.options,
            path: [...vpath, EV_OPTIONS],
            scope: parent.fullName,
            target: v,
            alwaysSet: false
          });
        }
      } else if (b.kind === "reserved") {
        for (const r of b.ranges) {
          const ri = this.rangeOf(r, 2147483647);
          this.checkRange(ri, -2147483648, 2147483647, void 0, true);
          for (const o of reserved) {
            if (o.start <= ri.end && ri.start <= o.end) {
              this.err(r.first, r.last, "overlapping enum value ranges");
              break;
            }
          }
          reserved.push(ri);
          const i = proto.reservedRange.length;
          proto.reservedRange.push(create(EnumDescriptorProto_EnumReservedRangeSchema, { start: ri.start, end: ri.end }));
          if (si) this.addRangeInfo([...path7, E_RESERVED_RANGE, i], r);
        }
        this.reservedNames(b, proto.reservedName, reservedNames, [...path7, E_RESERVED_NAME], "enum value");
        if (si) {
          if (b.ranges.length > 0 && firstRange) {
            firstRange = false;
            si.addWithComments([...path7, E_RESERVED_RANGE], b.first, b.last, b.first, b.last);
          } else if (b.names.length > 0 && firstName) {
            firstName = false;
            si.addWithComments([...path7, E_RESERVED_NAME], b.first, b.last, b.first, b.last);
          }
        }
      }
    }
    if (proto.value.length === 0) this.err(d.first, d.last, "enum type must define at least one value");
    if (!closed && values.length > 0 && values[0].n !== 0 && values[0].name === proto.value[0].name) {
      this.err(values[0].node.first, values[0].node.last, "first value of open enum must be zero");
    }
    const seen = /* @__PURE__ */ new Set();
    let aliased = false;
    for (const v of values) {
      if (seen.has(v.n)) {
        aliased = true;
        if (!allowAlias) this.err(v.node.first, v.node.last, `enum value \`${v.n}\` used more than once`);
      }
      seen.add(v.n);
      for (const r of reserved) {
        if (v.n >= r.start && v.n <= r.end) {
          this.err(v.node.first, v.node.last, `use of reserved enum value \`${v.n}\``);
          break;
        }
      }
      if (reservedNames.has(v.name)) this.err(v.nameTok, v.nameTok, "use of reserved enum value name");
    }
    if (aliasOpt && !aliased && values.length === proto.value.length) {
      this.err(aliasOpt.name.first, aliasOpt.name.last, "`allow_alias` requires at least one aliasing enum value");
    }
    if (this.syntax === "proto3" || this.syntax === "editions" && !legacy && !hasFeature(d.body, "json_format", "LEGACY_BEST_EFFORT")) {
      const byCamel = /* @__PURE__ */ new Map();
      for (const v of values) {
        const key2 = enumValueCamel(stripEnumPrefix(v.name, name));
        const prev = byCamel.get(key2);
        if (prev !== void 0 && prev !== v.n) {
          this.err(v.nameTok, v.nameTok, `enum values have the same name with the \`${name}\` prefix removed`);
        } else if (prev === void 0) byCamel.set(key2, v.n);
      }
    }
    if (opts.length > 0) {
      this.jobs.push({
        message: "google.protobuf.EnumOptions",
        schema: EnumOptionsSchema,
        options: opts,
        path: [...path7, E_OPTIONS],
        scope: fullName,
        target: proto,
        alwaysSet: false
      });
    }
    return proto;
  }
  buildService(d, path7) {
    const si = this.si;
    const name = d.name.text;
    const fullName = this.pkg === "" ? name : this.pkg + "." + name;
    const proto = create(ServiceDescriptorProtoSchema, { name });
    this.proto.service.push(proto);
    if (si) {
      si.addWithComments(path7, d.first, d.last, d.first, d.open);
      si.add([...path7, S_NAME], d.name.first, d.name.last);
    }
    const ssym = new ServiceSym(fullName, this.info, this.pkgScope, this.tokens, d.name.first);
    this.declare(this.pkgScope, name, ssym);
    const opts = [];
    for (const b of d.body) {
      if (b.kind === "option") opts.push(b);
      else if (b.kind === "rpc") {
        const k = proto.method.length;
        const m = create(MethodDescriptorProtoSchema, { name: b.name.text });
        if (b.input.stream !== void 0) m.clientStreaming = true;
        if (b.output.stream !== void 0) m.serverStreaming = true;
        proto.method.push(m);
        const mpath = [...path7, S_METHOD, k];
        if (si) {
          si.addWithComments(mpath, b.first, b.last, b.first, b.open ?? b.last);
          si.add([...mpath, MD_NAME], b.name.first, b.name.last);
          if (b.input.stream !== void 0) si.add([...mpath, MD_CLIENT_STREAM], b.input.stream, b.input.stream);
          si.add([...mpath, MD_INPUT], b.input.type.first, b.input.type.last);
          if (b.output.stream !== void 0) si.add([...mpath, MD_SERVER_STREAM], b.output.stream, b.output.stream);
          si.add([...mpath, MD_OUTPUT], b.output.type.first, b.output.type.last);
        }
        this.declare(ssym, b.name.text, { kind: "method", fullName: fullName + "." + b.name.text, file: this.info, declTokens: this.tokens, declTok: b.name.first });
        this.methodRefs.push({ proto: m, input: b.input.type, output: b.output.type });
        if (b.body) {
          const mopts = [];
          for (const x of b.body) if (x.kind === "option") mopts.push(x);
          this.jobs.push({
            message: "google.protobuf.MethodOptions",
            schema: MethodOptionsSchema,
            options: mopts,
            path: [...mpath, MD_OPTIONS],
            scope: fullName,
            target: m,
            alwaysSet: true
          });
        }
      }
    }
    if (opts.length > 0) {
      this.jobs.push({
        message: "google.protobuf.ServiceOptions",
        schema: ServiceOptionsSchema,
        options: opts,
        path: [...path7, S_OPTIONS],
        scope: fullName,
        target: proto,
        alwaysSet: false
      });
    }
  }
  // ---- step 2: resolve ------------------------------------------------------------------------
  resolveAll() {
    const table = this.table;
    const path7 = this.path;
    const fs = table.scopeOf(path7);
    for (const r of this.typeRefs) {
      const f = r.field;
      if (r.scalar) {
        this.finishScalar(r);
        continue;
      }
      const text = r.node.text;
      const s = table.resolveIn(fs, r.scope, r.node.parts, r.node.absolute, r.node.parts.length > 1 || r.node.absolute ? acceptTypeQualified : acceptTypeSimple);
      if (s === void 0) {
        this.err(r.node.first, r.node.last, `cannot find \`${text}\` in this scope`);
        continue;
      }
      table.noteUse(fs, s);
      if (s.kind !== "message" && s.kind !== "enum") {
        this.err(r.node.first, r.node.last, `expected type, found ${kindPhrase2(s)} \`${s.fullName}\``);
        continue;
      }
      if (r.mapKey) {
        this.err(r.node.first, r.node.last, `expected map key type, found ${kindPhrase2(s)} \`${s.fullName}\``);
        continue;
      }
      this.checkExported(s, r.node);
      f.type = s.kind === "message" ? FieldDescriptorProto_Type.MESSAGE : FieldDescriptorProto_Type.ENUM;
      f.typeName = s.typeName;
      if (s.kind === "enum") {
        if (s.closed && this.syntax === "proto3") {
          this.err(r.node.first, r.node.last, `closed enum \`${s.fullName}\` cannot be used in a "proto3" message`);
        } else if (s.closed && r.implicit) {
          this.err(r.node.first, r.node.last, `closed enum \`${s.fullName}\` cannot be used in an implicit-presence field`);
        }
        if (r.sym) r.sym.packed = this.packedFor(f, r.packedOpt, true);
        if (r.defaultOpt) this.enumDefault(f, s, r.defaultOpt.value);
      } else if (r.defaultOpt) {
        const m = mismatch(r.defaultOpt.value);
        if ("error" in m) this.err(m.first, m.last, m.error);
      }
    }
    for (const e of this.extendRefs) {
      const x = e.decl.extendee;
      const s = table.resolveIn(fs, e.scope, x.parts, x.absolute, acceptTypeQualified);
      if (s === void 0) {
        this.err(e.decl.extendee.first, e.decl.extendee.last, `cannot find \`${e.decl.extendee.text}\` in this scope`);
        continue;
      }
      table.noteUse(fs, s);
      if (this.syntax === "proto3" && !isOptionsMessage(s.fullName)) {
        this.err(e.decl.first, e.decl.first, `expected built-in options message, found ${kindPhrase2(s)} \`${s.fullName}\``);
      }
      if (s.kind !== "message") {
        this.err(e.decl.extendee.first, e.decl.extendee.last, `expected message type, found ${kindPhrase2(s)} \`${s.fullName}\``);
        continue;
      }
      this.checkExported(s, e.decl.extendee);
      const ranges = s.proto.extensionRange;
      const ms = s.messageSet === true;
      for (const f of e.fields) {
        f.proto.extendee = s.typeName;
        f.sym.message = s;
        const n = f.proto.number;
        if (n === void 0 || !f.number) continue;
        if (ms && n > MAX_MESSAGE_SET) {
          this.err(f.number.first, f.number.last, "literal out of range for message set extension number");
          continue;
        }
        if (n < 1 || n > (ms ? MAX_MESSAGE_SET : MAX_FIELD) || n >= 19e3 && n <= 19999) {
          this.err(f.number.first, f.number.last, "field number out of range");
          continue;
        }
        let inRange = false;
        for (const r of ranges) if (n >= r.start && n < r.end) {
          inRange = true;
          break;
        }
        if (!inRange) this.err(f.number.first, f.number.last, `extension with unreserved number \`${n}\``);
        else {
          const prev = table.addExtension(s.fullName, f.sym);
          if (prev) this.err(f.number.first, f.number.last, `field number \`${n}\` used more than once`);
        }
      }
    }
    for (const m of this.methodRefs) {
      for (const [node, set] of [
        [m.input, (v) => {
          m.proto.inputType = v;
        }],
        [m.output, (v) => {
          m.proto.outputType = v;
        }]
      ]) {
        const s = table.resolveIn(fs, this.pkgScope, node.parts, node.absolute, node.parts.length > 1 || node.absolute ? acceptTypeQualified : acceptTypeSimple);
        if (s === void 0) {
          this.err(node.first, node.last, `cannot find \`${node.text}\` in this scope`);
          continue;
        }
        table.noteUse(fs, s);
        if (s.kind !== "message") {
          this.err(node.first, node.last, `expected message type, found ${kindPhrase2(s)} \`${s.fullName}\``);
          continue;
        }
        this.checkExported(s, node);
        set(s.typeName);
      }
    }
  }
  /** A `local` type (edition 2024) may only be used in its own file. */
  checkExported(s, node) {
    if ((s.kind === "message" || s.kind === "enum") && s.file.path !== this.path && !s.exported) {
      this.err(node.first, node.last, `found unexported ${kindPhrase2(s)} \`${s.fullName}\``);
    }
  }
  /** An enum default: a value name or a number, written as the name of the first value with that number. */
  enumDefault(f, e, v) {
    if (v.kind === "int") {
      const n = v.negative ? -v.magnitude : v.magnitude;
      if (n < -2147483648n || n > 2147483647n) {
        this.err(v.first, v.last, `literal out of range for \`${e.fullName}\``);
        return;
      }
      const num = Number(n);
      for (const ev of e.proto.value) if (ev.number === num) {
        f.defaultValue = ev.name;
        return;
      }
      f.defaultValue = String(num);
      return;
    }
    if (v.kind !== "identValue" || v.negative) {
      const m = mismatch(v);
      if ("error" in m) this.err(m.first, m.last, m.error);
      return;
    }
    for (const ev of e.proto.value) {
      if (ev.name === v.name) {
        for (const first of e.proto.value) if (first.number === ev.number) {
          f.defaultValue = first.name;
          return;
        }
      }
    }
    this.err(v.first, v.last, `cannot find \`${v.name}\` in this scope`);
  }
  finishScalar(r) {
    const f = r.field;
    if (r.sym) r.sym.packed = this.packedFor(f, r.packedOpt, false);
    if (r.defaultOpt) {
      const res = formatDefault(f.type, r.defaultOpt.value, (tok) => this.source.text.slice(this.tokens.start[tok], this.tokens.end[tok]));
      if ("error" in res) this.err(res.first, res.last, res.error);
      else f.defaultValue = res.text;
    }
  }
  packedFor(f, opt, isEnum) {
    if (f.label !== FieldDescriptorProto_Label.REPEATED) return false;
    const t = f.type;
    if (!isEnum && (t === FieldDescriptorProto_Type.STRING || t === FieldDescriptorProto_Type.BYTES || t === FieldDescriptorProto_Type.MESSAGE || t === FieldDescriptorProto_Type.GROUP)) return false;
    if (opt !== void 0) return opt;
    if (this.syntax === "proto2") return false;
    if (this.syntax === "editions") return !this.fileExpanded;
    return true;
  }
  // ---- step 3: options --------------------------------------------------------------------------
  interpretAll(symbols) {
    if (this.jobs.length === 0) return;
    const ctx = { file: this.ast, diags: this.diags, sourceInfo: this.si, symbols };
    for (const job of this.jobs) {
      let bytes;
      if (job.options.length > 0) {
        bytes = interpretOptions(ctx, { message: job.message, options: job.options, path: job.path, scope: job.scope });
      }
      if (bytes !== void 0 && bytes.length > 0) job.target.options = fromBinary(job.schema, bytes);
      else if (job.options.length > 0 || job.alwaysSet) job.target.options = create(job.schema);
      if (job.mapEntry) {
        const feats = job.target.options?.features;
        if (feats) {
          for (const f of job.mapEntry.field) {
            f.options = create(FieldOptionsSchema, { features: clone(FeatureSetSchema, feats) });
          }
        }
      }
    }
  }
};
var OPTIONS_MESSAGES = /* @__PURE__ */ new Set([
  "google.protobuf.FileOptions",
  "google.protobuf.MessageOptions",
  "google.protobuf.FieldOptions",
  "google.protobuf.OneofOptions",
  "google.protobuf.EnumOptions",
  "google.protobuf.EnumValueOptions",
  "google.protobuf.ServiceOptions",
  "google.protobuf.MethodOptions",
  "google.protobuf.ExtensionRangeOptions",
  "google.protobuf.FeatureSet",
  "google.protobuf.SourceCodeInfo",
  "google.protobuf.GeneratedCodeInfo"
]);
function isOptionsMessage(name) {
  return OPTIONS_MESSAGES.has(name);
}
function findOption(decls, name, value) {
  for (const d of decls) {
    if (d.kind !== "option") continue;
    const o = d;
    const p = o.name.parts;
    if (p.length === 1 && !p[0].extension && p[0].name === name && o.value.kind === "identValue" && o.value.name === value) return o;
  }
  return void 0;
}
function hasOption(decls, name, value) {
  return findOption(decls, name, value) !== void 0;
}
function featureValue(decls, name) {
  let v;
  for (const d of decls) {
    if (d.kind !== "option") continue;
    const o = d;
    const p = o.name.parts;
    if (p.length === 2 && p[0].name === "features" && !p[0].extension && p[1].name === name && o.value.kind === "identValue") v = o.value.name;
  }
  return v;
}
function hasFeature(decls, name, value) {
  return featureValue(decls, name) === value;
}
function overlaps(list, r) {
  for (const o of list) if (o.start <= r.end && r.start <= o.end) return true;
  return false;
}
function contains(list, n) {
  for (const r of list) if (n >= r.start && n <= r.end) return true;
  return false;
}
function compactFeature(opts, name) {
  if (!opts) return void 0;
  let v;
  for (const o of opts) {
    const p = o.name.parts;
    if (p.length === 2 && p[0].name === "features" && !p[0].extension && p[1].name === name && o.value.kind === "identValue") v = o.value.name;
  }
  return v;
}
function stripEnumPrefix(value, enumName) {
  let i = 0;
  let j = 0;
  while (i < value.length && j < enumName.length) {
    if (value.charCodeAt(i) === 95) {
      i++;
      continue;
    }
    if (lower(value.charCodeAt(i)) !== lower(enumName.charCodeAt(j))) return value;
    i++;
    j++;
  }
  if (j < enumName.length) return value;
  while (i < value.length && value.charCodeAt(i) === 95) i++;
  return i === value.length ? value : value.slice(i);
}
function lower(c) {
  return c >= 65 && c <= 90 ? c + 32 : c;
}
function enumValueCamel(s) {
  let out = "";
  let up = true;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === "_") up = true;
    else {
      out += up ? ch.toUpperCase() : ch.toLowerCase();
      up = false;
    }
  }
  return out;
}

// src/compiler/diagnostics.ts
init_define_PROTOGUARD_WKT();

// src/compiler/position.ts
init_define_PROTOGUARD_WKT();

// src/compiler/unicode-width.ts
init_define_PROTOGUARD_WKT();
var WIDTH_RUNS = "00,91,20,l1,2n0,x1,95,11,30,15,11,gh0,341,7n0,71,7b0,191,10,11,10,21,10,21,10,11,200,b1,10,11,1a0,l1,g0,11,2t0,71,20,61,20,21,10,41,z0,11,u0,r1,2j0,b1,1m0,91,90,11,o0,41,10,91,10,31,10,51,170,31,1o0,81,160,o1,10,w9,11,1i0,19,10,11,19,30,89,40,19,21,10,71,a0,21,t0,19,21,1k0,11,10,19,20,41,29,21,29,20,11,90,11,a0,21,q0,11,20,29,11,1k0,11,19,30,21,40,21,20,31,30,11,u0,21,30,11,b0,29,11,1k0,11,19,30,51,10,29,11,19,20,11,k0,21,m0,61,10,19,21,1k0,11,10,29,10,41,29,21,29,20,11,70,31,a0,21,u0,11,1n0,19,10,19,21,39,31,19,30,11,90,11,140,19,30,11,1j0,11,10,39,41,10,31,10,41,70,21,b0,21,t0,19,21,1k0,11,19,10,19,20,19,21,10,19,21,19,20,21,70,21,b0,21,f9,11,c0,29,21,1j0,21,10,19,20,41,19,31,19,30,11,90,11,a0,21,t0,19,21,1y0,11,40,19,20,31,10,11,19,70,11,i9,21,1p0,11,19,10,71,c0,81,2q0,11,19,10,91,b0,71,210,21,r0,11,10,11,10,11,49,21,1d0,e9,10,51,10,21,50,b1,10,101,90,11,2s9,20,49,10,69,10,29,20,21,n9,20,21,40,31,19,31,29,71,30,41,d0,19,20,29,60,11,19,11,a9,30,11,2q2,2o1,e50,31,qa0,39,11,s0,29,11,t0,21,u0,21,1s0,29,10,79,80,19,20,b1,90,11,190,51,390,21,y0,11,3a0,39,40,29,31,49,20,19,60,31,630,29,20,11,1l9,10,19,10,71,10,19,10,19,20,89,60,a1,20,11,1c0,v1,1d0,49,11,1b0,79,10,19,50,19,21,120,91,c0,29,11,u9,10,49,20,29,10,31,1k0,19,10,29,30,19,10,39,21,1c9,80,89,20,21,480,31,10,d9,10,71,40,11,60,11,29,10,21,5i0,1s1,ej0,51,o0,71,d5,11,c5,11,m0,g1,2o0,x1,1d5,11,m5,11,2i5,61,f5,21,a76,21,c5,12,21,4k5,11,p6,45,36,15,26,11,45,31,5j5,11,6f5,21,a5,11,95,11,1m5,26,21,15,51,95,11,25,11,26,21,25,11,45,11,25,11,15,21,25,11,35,11,35,21,85,31,55,11,15,11,56,c1,b5,21,25,11,15,21,15,11,i5,11,25,16,11,i5,16,15,41,15,11,15,21,35,16,11,55,11,26,21,45,21,b6,21,56,21,25,11,56,15,11,15,11,15,16,11,k5,16,11,55,26,25,16,11,15,36,11,26,11,45,11,26,11,25,26,25,21,15,11,25,11,15,11,15,11,65,11,35,11,66,11,a5,21,f5,11,25,11,46,11,16,11,46,31,16,11,b5,21,1c6,31,95,11,e6,11,e6,11,ac5,21,cv5,31,j6,21,1f6,11,46,11,bd0,31,3x0,11,2o0,w1,3k2,q1,12,2h1,c2,5y1,q2,c1,42,160,65,12,c5,12,11,22,2e1,20,22,2t1,52,171,12,2m1,12,2c1,c2,1b1,12,141,82,1z5,12,15,12,5d21,1s2,h3h1,32,1j1,bs0,41,10,a1,w0,21,280,21,7k0,11,30,11,40,11,n9,20,29,11,40,11,2b9,21,1e9,g0,21,q0,i1,d0,11,120,81,p0,b9,21,c2,t1,30,39,11,1b0,19,20,49,20,29,31,100,11,1v0,69,20,29,20,21,c0,11,80,19,11,199,10,19,11,1e0,11,10,31,20,21,50,21,10,11,159,10,29,21,59,10,11,6k9,20,19,20,19,21,19,10,11,i2,8mc1,6l82,e81,u0,11,kh0,g2,a1,60,g2,z1,12,j1,12,41,430,11,12,2o1,1p0,21,1s2,71,90,c1,e90,11,6a0,11,450,51,1ae0,31,10,21,50,41,140,31,40,11,4l0,21,fx0,41,ar0,21,280,31,1y0,b1,1d0,41,3e9,10,19,11,1h0,f1,150,11,20,21,a0,39,11,199,30,49,20,21,70,11,1p0,31,100,59,10,81,g9,21,180,11,c0,29,11,1c9,30,99,21,80,41,19,10,11,2k9,30,39,20,19,10,21,60,11,20,11,4d0,19,30,81,l0,29,21,1j0,21,10,19,10,19,41,29,21,29,31,90,11,a9,21,20,71,30,51,1v9,31,79,11,29,11,19,41,19,21,19,11,2t9,30,89,20,39,10,11,n0,11,290,19,20,69,10,19,20,19,10,29,10,21,6j0,19,20,41,29,40,29,10,21,r0,21,2a9,30,89,20,19,10,21,2y0,19,10,19,20,69,10,11,2t0,39,20,49,10,51,749,30,99,10,21,6t0,19,51,19,21,20,29,10,11,19,11,19,10,11,3x9,30,41,20,29,40,11,39,11,s0,a1,140,69,11,10,41,80,11,90,69,20,31,1a0,d9,10,21,5j9,11,39,11,19,11,5j9,10,71,10,69,10,11,2a0,m1,19,10,79,10,29,10,21,3e0,61,30,11,10,21,10,71,10,11,1u9,51,10,21,19,20,19,10,11,9n0,29,21,90,21,19,11,1c9,20,51,39,20,19,10,11,44t0,h1,60,f1,8us9,31,1xf0,51,1n0,71,t40,11,19,1j1,70,41,252,40,11,b2,21,e2,4qg1,82,ye1,162,91,6w72,41,12,71,12,21,12,831,f2,11,t2,31,22,11,e2,41,82,b01,1wh0,21,10,41,3mk0,1a1,20,n1,f20,19,10,31,39,10,l1,20,71,u0,41,440,31,1iz0,1j1,40,1e1,80,11,e0,11,m0,51,10,f1,11s0,71,10,h1,20,71,10,21,10,51,2s0,11,4g0,71,af0,11,1p0,41,e40,41,rk0,71,310,71,1bt6,11,135,41,2s5,c1,f5,21,f5,11,e6,15,11,115,a1,345,21,c5,21,e6,11,26,a1,j5,1k2,r6,15,e2,a6,12,k6,12,26,55,16,32,15,42,95,76,25,e1,65,4a6,x5,11,25,96,95,16,1y5,16,m1,25,21,15,31,25,26,175,46,55,c6,h1,25,16,15,11,15,16,30,56,1r5,16,15,16,575,11,16,1r1,b5,26,41,16,o1,75,21,25,76,11,c5,11,25,41,25,11,46,21,d6,15,11,25,11,85,21,95,11,55,31,c5,31,85,31,25,11,15,11,45,11,65,11,35,11,65,16,2d1,1c6,1y1,55,16,15,36,31,26,35,46,45,61,35,11,16,25,41,25,16,95,31,625,66,c5,46,15,f1,c5,41,1k5,81,a5,61,145,81,u5,21,c5,41,25,e1,95,131,c6,1b1,16,a1,16,551,2g5,81,e5,26,d5,36,95,76,1a5,16,75,86,e5,46,95,76,95,71,745,se1,22,1eke1,22,1eke1,e1oi0,35s1";

// src/compiler/position.ts
var tables = /* @__PURE__ */ new WeakMap();
function lineTable(source) {
  let t = tables.get(source);
  if (!t) {
    t = new LineTable(source.text);
    tables.set(source, t);
  }
  return t;
}
var LineTable = class {
  constructor(text) {
    this.text = text;
    const starts = [0];
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    this.lineStarts = starts;
    this.simple = new Int8Array(starts.length).fill(-1);
  }
  text;
  /** Offset of the first character of each line. */
  lineStarts;
  /**
   * Per line, computed on first use: 1 when every character of the line is printable ASCII (a CR
   * right before the line break included), so that a display-width column is an offset
   * difference; 0 when not; -1 not yet known.
   */
  simple;
  /** Whether columns on `line` are plain offset differences (see `simple`). */
  isSimple(line) {
    const known = this.simple[line];
    if (known >= 0) return known === 1;
    const text = this.text;
    const s = this.lineStarts[line];
    const e = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1] - 1 : text.length;
    let ok = 1;
    for (let i = s; i < e; i++) {
      const c = text.charCodeAt(i);
      if (c < 32 || c >= 127) {
        if (c === 13 && i + 1 === e) continue;
        ok = 0;
        break;
      }
    }
    this.simple[line] = ok;
    return ok === 1;
  }
  /** 0-based line containing `offset`. */
  lineOf(offset) {
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
  /** Display-width column of `offset` on `line` (source info, lint). */
  columnOf(line, offset) {
    const s = this.lineStarts[line];
    if (this.isSimple(line)) return offset - s;
    const w = new WidthWalker();
    w.advance(this.text, s, offset);
    return w.column;
  }
  /** Line and display-width column (source info, lint). */
  lineCol(offset) {
    const line = this.lineOf(offset);
    return { line, col: this.columnOf(line, offset) };
  }
  /** Line and UTF-8 byte column (compile diagnostics). */
  byteLineCol(offset) {
    const line = this.lineOf(offset);
    const s = this.lineStarts[line];
    if (this.isSimple(line)) return { line, col: offset - s };
    return { line, col: Buffer.byteLength(this.text.slice(s, offset), "utf8") };
  }
};
var ColumnCursor = class {
  constructor(table) {
    this.table = table;
  }
  table;
  line = 0;
  col = 0;
  walker = new WidthWalker();
  walked = 0;
  move(offset) {
    const t = this.table;
    const starts = t.lineStarts;
    let line = this.line;
    if (offset < starts[line]) {
      line = t.lineOf(offset);
      this.walker.reset();
      this.walked = starts[line];
    } else {
      const last = starts.length - 1;
      if (line < last && starts[line + 1] <= offset) {
        do
          line++;
        while (line < last && starts[line + 1] <= offset);
        this.walker.reset();
        this.walked = starts[line];
      }
    }
    this.line = line;
    if (offset < this.walked) {
      this.walker.reset();
      this.walked = starts[line];
    }
    this.walker.advance(t.text, this.walked, offset);
    this.walked = offset;
    this.col = this.walker.column;
  }
};
var C_WIDTH = 3;
var C_PICT = 4;
var C_SPACING = 8;
var DIRECT_LIMIT = 262144;
var direct;
var highStarts = new Int32Array(0);
var highClasses = new Uint8Array(0);
function loadClasses() {
  const table = new Uint8Array(DIRECT_LIMIT);
  const entries = WIDTH_RUNS.split(",");
  const starts = [];
  const classes = [];
  let cp = 0;
  for (const e of entries) {
    cp += parseInt(e.slice(0, -1), 36);
    starts.push(cp);
    classes.push(parseInt(e.slice(-1), 36));
  }
  for (let i = 0; i < starts.length; i++) {
    const a = starts[i];
    if (a >= DIRECT_LIMIT) break;
    const b = Math.min(i + 1 < starts.length ? starts[i + 1] : 1114112, DIRECT_LIMIT);
    table.fill(classes[i], a, b);
  }
  const hs = [];
  const hc = [];
  for (let i = 0; i < starts.length; i++) {
    const b = i + 1 < starts.length ? starts[i + 1] : 1114112;
    if (b <= DIRECT_LIMIT) continue;
    hs.push(Math.max(starts[i], DIRECT_LIMIT));
    hc.push(classes[i]);
  }
  highStarts = Int32Array.from(hs);
  highClasses = Uint8Array.from(hc);
  direct = table;
  return table;
}
function classOf(cp) {
  const t = direct ?? loadClasses();
  if (cp < DIRECT_LIMIT) return t[cp];
  let lo = 0;
  let hi = highStarts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (highStarts[mid] <= cp) lo = mid;
    else hi = mid - 1;
  }
  return highClasses[lo];
}
var H_NONE = 0;
var H_L = 1;
var H_V = 2;
var H_T = 3;
var H_LV = 4;
var H_LVT = 5;
function hangulType(cp) {
  if (cp < 4352 || cp > 55291) return H_NONE;
  if (cp <= 4447) return H_L;
  if (cp <= 4519) return H_V;
  if (cp <= 4607) return H_T;
  if (cp >= 43360 && cp <= 43388) return H_L;
  if (cp >= 44032 && cp <= 55203) return (cp - 44032) % 28 === 0 ? H_LV : H_LVT;
  if (cp >= 55216 && cp <= 55238) return H_V;
  if (cp >= 55243) return H_T;
  return H_NONE;
}
var M_NONE = 0;
var M_PICT = 1;
var M_PICT_ZWJ = 2;
var M_RI = 3;
var M_RI_DONE = 4;
var M_HANGUL_L = 5;
var M_HANGUL_V = 6;
var M_HANGUL_T = 7;
var M_EXTEND = 8;
var M_PREPEND = 9;
var PREPEND = [
  1536,
  1541,
  1757,
  1757,
  1807,
  1807,
  2192,
  2193,
  2274,
  2274,
  3406,
  3406,
  69821,
  69821,
  69837,
  69837,
  70082,
  70083,
  71999,
  71999,
  72001,
  72001,
  72250,
  72250,
  72324,
  72329,
  73030,
  73030,
  73474,
  73474
];
function isPrepend(cp) {
  if (cp < 1536) return false;
  for (let i = 0; i < PREPEND.length; i += 2) if (cp >= PREPEND[i] && cp <= PREPEND[i + 1]) return true;
  return false;
}
var WidthWalker = class {
  /** Width of the completed clusters (and of tab stops). */
  committed = 0;
  /** Width of the open special cluster (see the modes above). */
  open = 0;
  mode = M_NONE;
  get column() {
    return this.committed + this.open;
  }
  reset() {
    this.committed = 0;
    this.open = 0;
    this.mode = M_NONE;
  }
  advance(text, from, to) {
    for (let i = from; i < to; i++) {
      let cp = text.charCodeAt(i);
      if (cp < 127 && cp >= 32) {
        let j = i + 1;
        while (j < to) {
          const d = text.charCodeAt(j);
          if (d >= 127 || d < 32) break;
          j++;
        }
        this.committed += this.open + (j - i);
        this.open = 0;
        this.mode = M_NONE;
        i = j - 1;
        continue;
      }
      if (cp === 9) {
        const c = this.committed + this.open;
        this.committed = (c >> 2) * 4 + 4;
        this.open = 0;
        this.mode = M_NONE;
        continue;
      }
      if (cp >= 55296 && cp <= 56319 && i + 1 < to) {
        const lo = text.charCodeAt(i + 1);
        if (lo >= 56320 && lo <= 57343) {
          cp = (cp - 55296 << 10) + (lo - 56320) + 65536;
          i++;
        }
      }
      this.step(cp);
    }
  }
  step(cp) {
    const cls = classOf(cp);
    let w = cls & C_WIDTH;
    if (cp === 11834) w = 3;
    else if (cp === 11835) w = 4;
    const mark = w === 0 && (cls & C_PICT) === 0 || (cls & C_SPACING) !== 0;
    switch (this.mode) {
      case M_PICT:
      case M_PICT_ZWJ:
        if (mark) {
          if (cp === 65038) this.open = 1;
          else if (cp === 65039) this.open = 2;
          this.mode = cp === 8205 ? M_PICT_ZWJ : M_PICT;
          return;
        }
        if (this.mode === M_PICT_ZWJ && (cls & C_PICT) !== 0) {
          this.mode = M_PICT;
          return;
        }
        break;
      case M_RI:
        if (mark) {
          this.mode = M_RI_DONE;
          return;
        }
        if (cp >= 127462 && cp <= 127487) {
          this.mode = M_RI_DONE;
          return;
        }
        break;
      case M_PREPEND:
        this.mode = M_NONE;
        this.committed += w;
        return;
      case M_RI_DONE:
      case M_EXTEND:
        if (mark) return;
        break;
      case M_HANGUL_L:
      case M_HANGUL_V:
      case M_HANGUL_T: {
        if (mark) {
          this.mode = M_EXTEND;
          return;
        }
        const h = hangulType(cp);
        if (this.mode === M_HANGUL_L) {
          if (h === H_L) return;
          if (h === H_V || h === H_LV) {
            this.mode = M_HANGUL_V;
            return;
          }
          if (h === H_LVT) {
            this.mode = M_HANGUL_T;
            return;
          }
        } else if (this.mode === M_HANGUL_V) {
          if (h === H_V) return;
          if (h === H_T) {
            this.mode = M_HANGUL_T;
            return;
          }
        } else if (h === H_T) return;
        break;
      }
      default:
        this.committed += w;
        if ((cls & C_PICT) !== 0) {
          this.committed -= w;
          this.open = w;
          this.mode = M_PICT;
        } else if (cp >= 127462 && cp <= 127487) {
          this.committed -= w;
          this.open = w;
          this.mode = M_RI;
        } else if (hangulType(cp) === H_L) {
          this.committed -= w;
          this.open = w;
          this.mode = M_HANGUL_L;
        } else if (isPrepend(cp)) {
          this.mode = M_PREPEND;
        }
        return;
    }
    this.committed += this.open;
    this.open = 0;
    this.mode = M_NONE;
    this.step(cp);
  }
};

// src/compiler/diagnostics.ts
var Diagnostics = class {
  list = [];
  error(source, start, end, message2, file) {
    this.push({ severity: "error", file: source?.path ?? file ?? "", start, end, message: message2, ...source ? { source } : {} });
  }
  warning(source, start, end, message2, file) {
    this.push({ severity: "warning", file: source?.path ?? file ?? "", start, end, message: message2, ...source ? { source } : {} });
  }
  push(d) {
    this.list.push(d);
  }
  get errorCount() {
    let n = 0;
    for (const d of this.list) if (d.severity === "error") n++;
    return n;
  }
  /** Errors for one file, or all errors. */
  errors(file) {
    return this.list.filter((d) => d.severity === "error" && (file === void 0 || d.file === file));
  }
};
function diagnosticPosition(d) {
  if (!d.source) return { line: 1, column: 1, endLine: 1, endColumn: 1 };
  const t = lineTable(d.source);
  const s = t.byteLineCol(d.start);
  const e = t.byteLineCol(d.end);
  return { line: s.line + 1, column: s.col + 1, endLine: e.line + 1, endColumn: e.col + 1 };
}

// src/compiler/lexer.ts
init_define_PROTOGUARD_WKT();
var utf8Strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
var utf8Lossy = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });
function decodeSource(path7, bytes, diags) {
  const bom = bytes.length >= 3 && bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    const text = utf8Strict.decode(body);
    return bom ? { path: path7, text, bom: true } : { path: path7, text };
  } catch {
    const bad = firstInvalidUtf8(body);
    const prefix = utf8Lossy.decode(body.subarray(0, bad));
    const text = prefix + utf8Lossy.decode(body.subarray(bad));
    const source = { path: path7, text };
    diags.error(source, prefix.length, prefix.length + 1, "input appears to be encoded with UTF-8, but found invalid byte");
    return void 0;
  }
}
function firstInvalidUtf8(b) {
  const n = b.length;
  let i = 0;
  while (i < n) {
    const c = b[i];
    if (c < 128) {
      i++;
      continue;
    }
    let need;
    let min;
    if (c >= 194 && c <= 223) {
      need = 1;
      min = 128;
    } else if (c >= 224 && c <= 239) {
      need = 2;
      min = 2048;
    } else if (c >= 240 && c <= 244) {
      need = 3;
      min = 65536;
    } else return i;
    let cp = c & (need === 1 ? 31 : need === 2 ? 15 : 7);
    for (let k = 1; k <= need; k++) {
      const d = b[i + k];
      if (d === void 0 || (d & 192) !== 128) return i;
      cp = cp << 6 | d & 63;
    }
    if (cp < min || cp > 1114111 || cp >= 55296 && cp <= 57343) return i;
    i += need + 1;
  }
  return n;
}
var IDENT = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if (c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95) IDENT[c] = 1;
  else if (c >= 48 && c <= 57) IDENT[c] = 2;
}
function isHexDigit(c) {
  return c >= 48 && c <= 57 || c >= 97 && c <= 102 || c >= 65 && c <= 70;
}
function isNumberPart(c) {
  return c < 128 && (IDENT[c] !== 0 || c === 46);
}
var scratchKind = new Uint8Array(1 << 14);
var scratchStart = new Uint32Array(1 << 14);
var scratchEnd = new Uint32Array(1 << 14);
var scratchCstart = new Uint32Array((1 << 14) + 1);
function lex(source, diags) {
  const text = source.text;
  const n = text.length;
  let cap = scratchKind.length;
  let kind = scratchKind;
  let start = scratchStart;
  let end = scratchEnd;
  let cstart = scratchCstart;
  cstart[0] = 0;
  const comments = [];
  let count = 0;
  const grow = () => {
    cap *= 2;
    const k = new Uint8Array(cap);
    k.set(kind);
    kind = scratchKind = k;
    const s = new Uint32Array(cap);
    s.set(start);
    start = scratchStart = s;
    const e = new Uint32Array(cap);
    e.set(end);
    end = scratchEnd = e;
    const cs = new Uint32Array(cap + 1);
    cs.set(cstart);
    cstart = scratchCstart = cs;
  };
  const err = (s, e, msg) => diags.error(source, s, e, msg);
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let tk;
    const s = i;
    switch (c) {
      case 9:
      case 10:
      case 11:
      case 12:
      case 13:
      case 32:
        i++;
        continue;
      case 47: {
        const d = i + 1 < n ? text.charCodeAt(i + 1) : 0;
        if (d === 47) {
          let j = text.indexOf("\n", i + 2);
          if (j === -1) j = n;
          comments.push({ start: i, end: j, block: false });
          i = j;
          continue;
        }
        if (d === 42) {
          const j = text.indexOf("*/", i + 2);
          if (j === -1) {
            err(i, i + 2, "encountered unmatched `/*` delimiter");
            comments.push({ start: i, end: n, block: true });
            i = n;
          } else {
            comments.push({ start: i, end: j + 2, block: true });
            i = j + 2;
          }
          continue;
        }
        tk = TK_PUNCT;
        i++;
        break;
      }
      case 42:
        if (i + 1 < n && text.charCodeAt(i + 1) === 47) {
          err(i, i + 2, "encountered unmatched `*/` delimiter");
          tk = TK_ERROR;
          i += 2;
        } else {
          tk = TK_ERROR;
          i++;
        }
        break;
      case 59:
      // ;
      case 44:
      // ,
      case 61:
      // =
      case 58:
      // :
      case 123:
      // {
      case 125:
      // }
      case 91:
      // [
      case 93:
      // ]
      case 40:
      // (
      case 41:
      // )
      case 60:
      // <
      case 62:
      // >
      case 45:
      // -
      case 43:
        tk = TK_PUNCT;
        i++;
        break;
      case 46:
        if (i + 1 < n) {
          const d = text.charCodeAt(i + 1);
          if (d >= 48 && d <= 57) {
            i = scanNumber(text, i, err);
            tk = TK_FLOAT;
            break;
          }
        }
        tk = TK_PUNCT;
        i++;
        break;
      case 34:
      // "
      case 39:
        i = scanString(text, i, c, err);
        tk = TK_STRING;
        break;
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
      case 56:
      case 57: {
        const j = scanNumber(text, i, err);
        tk = isFloatToken(text, i, j) ? TK_FLOAT : TK_INT;
        i = j;
        break;
      }
      default:
        if (c < 128) {
          if (IDENT[c] === 1) {
            let j = i + 1;
            let ascii = true;
            while (j < n) {
              const d = text.charCodeAt(j);
              if (d < 128) {
                if (IDENT[d] === 0) break;
                j++;
              } else {
                const w = identCharWidth(text, j);
                if (w === 0) break;
                ascii = false;
                j += w;
              }
            }
            if (!ascii) err(i, j, "non-ASCII identifiers are not allowed");
            tk = TK_IDENT;
            i = j;
          } else {
            tk = TK_ERROR;
            if (c < 32 || c === 127) i = unrecognizedRun(text, i, err);
            else i++;
          }
        } else if (identCharWidth(text, i) === 0) {
          tk = TK_ERROR;
          i = unrecognizedRun(text, i, err);
        } else {
          let j = i;
          while (j < n) {
            const d = text.charCodeAt(j);
            if (d < 128) {
              if (IDENT[d] === 0) break;
              j++;
            } else {
              const w = identCharWidth(text, j);
              if (w === 0) break;
              j += w;
            }
          }
          err(i, j, "non-ASCII identifiers are not allowed");
          tk = TK_IDENT;
          i = j;
        }
    }
    if (count === cap) grow();
    kind[count] = tk;
    start[count] = s;
    end[count] = i;
    count++;
    cstart[count] = comments.length;
  }
  if (count === cap) grow();
  kind[count] = TK_EOF;
  start[count] = n;
  end[count] = n;
  count++;
  cstart[count] = comments.length;
  return {
    source,
    count,
    kind: kind.slice(0, count),
    start: start.slice(0, count),
    end: end.slice(0, count),
    comments,
    commentStart: cstart.slice(0, count + 1)
  };
}
function identCharWidth(text, i) {
  const cp = text.codePointAt(i);
  if (cp === 65279) return 1;
  return NON_ASCII_IDENT.test(String.fromCodePoint(cp)) ? cp > 65535 ? 2 : 1 : 0;
}
var NON_ASCII_IDENT = /^[\p{L}\p{M}\p{N}\p{Pc}]$/u;
function unrecognizedRun(text, s, err) {
  let j = s + 1;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (c < 128) {
      if (!(c < 32 && c !== 9 && c !== 10 && c !== 11 && c !== 12 && c !== 13 || c === 127)) break;
      j++;
    } else {
      if (identCharWidth(text, j) !== 0) break;
      j += c >= 55296 && c <= 56319 ? 2 : 1;
    }
  }
  err(s, j, "unrecognized token");
  return j;
}
function isFloatToken(text, s, e) {
  const hex = e - s >= 2 && text.charCodeAt(s) === 48 && (text.charCodeAt(s + 1) | 32) === 120;
  for (let k = hex ? s + 2 : s; k < e; k++) {
    const c = text.charCodeAt(k) | 32;
    if (c === 46 || c === 112 || !hex && c === 101) return true;
  }
  return false;
}
function scanNumber(text, s, err) {
  const n = text.length;
  const hex = s + 1 < n && text.charCodeAt(s) === 48 && (text.charCodeAt(s + 1) | 32) === 120;
  let j = s;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (isNumberPart(c)) {
      j++;
      if ((c | 32) === 101 && j < n) {
        const d = text.charCodeAt(j);
        if (d === 43 || d === 45) j++;
      }
      continue;
    }
    break;
  }
  validateNumber(text, s, j, hex, err);
  return j;
}
function zeroAfterDotBeforeDigit(text, s, e) {
  let k = s;
  while (k < e && text.charCodeAt(k) === 48) k++;
  if (k >= e || text.charCodeAt(k) !== 46) return false;
  k++;
  if (k >= e || text.charCodeAt(k) !== 48) return false;
  while (k < e && text.charCodeAt(k) === 48) k++;
  const c = k < e ? text.charCodeAt(k) : 0;
  return c >= 49 && c <= 57;
}
function validateNumber(text, s, e, hex, err) {
  for (let k = s; k < e; k++) {
    if (text.charCodeAt(k) === 95) {
      err(s, e, "integer literal contains underscores");
      return;
    }
  }
  if (hex) {
    let dot2 = false;
    let exp2 = false;
    for (let k = s + 2; k < e; k++) {
      const c = text.charCodeAt(k);
      if (exp2 ? c >= 48 && c <= 57 : isHexDigit(c)) continue;
      if (c === 46 && !exp2) {
        if (dot2) {
          err(k, e, "extra decimal point in floating-point literal");
          return;
        }
        dot2 = true;
        continue;
      }
      if ((c | 32) === 112 && !exp2) {
        exp2 = true;
        const d = k + 1 < e ? text.charCodeAt(k + 1) : 0;
        if (!(d >= 48 && d <= 57)) {
          err(s, e, `unexpected characters in ${dot2 ? "floating-point" : "integer"} literal`);
          return;
        }
        continue;
      }
      if (c === 43 || c === 45) err(s, e, "unexpected characters in integer literal");
      else err(k, e, "invalid digit in hexadecimal integer literal");
      return;
    }
    if (dot2) err(s, e, "unsupported base for floating-point literal");
    return;
  }
  let dot = false;
  let exp = false;
  let octal = text.charCodeAt(s) === 48 && e - s > 1;
  let firstBadOctal = -1;
  for (let k = s; k < e; k++) {
    const c = text.charCodeAt(k);
    if (c >= 48 && c <= 57) {
      if (octal && c >= 56 && firstBadOctal < 0) firstBadOctal = k;
      continue;
    }
    if (c === 46) {
      if (dot || exp) {
        err(k, e, "extra decimal point in floating-point literal");
        return;
      }
      dot = true;
      octal = false;
      continue;
    }
    if ((c | 32) === 101 && !exp) {
      exp = true;
      octal = false;
      if (k + 1 < e && (text.charCodeAt(k + 1) === 43 || text.charCodeAt(k + 1) === 45)) k++;
      const d = k + 1 < e ? text.charCodeAt(k + 1) : 0;
      if (!(d >= 48 && d <= 57)) {
        err(s, e, `unexpected characters in ${dot ? "floating-point" : "integer"} literal`);
        return;
      }
      continue;
    }
    if ((c | 32) === 112 && !exp) {
      exp = true;
      octal = false;
      const d = k + 1 < e ? text.charCodeAt(k + 1) : 0;
      if (!(d >= 48 && d <= 57)) {
        err(s, e, `unexpected characters in ${dot ? "floating-point" : "integer"} literal`);
        return;
      }
      continue;
    }
    err(k, e, "invalid digit in decimal integer literal");
    return;
  }
  if (octal && firstBadOctal >= 0) err(firstBadOctal, e, "invalid digit in octal integer literal");
  else if (exp && dot && zeroAfterDotBeforeDigit(text, s, e)) {
    err(s, e, "unexpected characters in floating-point literal");
  }
}
function scanString(text, s, quote2, err) {
  const n = text.length;
  let j = s + 1;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (c === quote2) return j + 1;
    if (c === 10) break;
    if (c === 92) {
      j = scanEscape(text, j, err);
      continue;
    }
    j++;
  }
  err(s, j, "unterminated string literal");
  return j;
}
function scanEscape(text, k, err) {
  const n = text.length;
  const c = k + 1 < n ? text.charCodeAt(k + 1) : 0;
  switch (c) {
    case 97:
    // a
    case 98:
    // b
    case 102:
    // f
    case 110:
    // n
    case 114:
    // r
    case 116:
    // t
    case 118:
    // v
    case 92:
    // \
    case 39:
    // '
    case 34:
    // "
    case 63:
      return k + 2;
    case 120:
    // x
    case 88: {
      let j = k + 2;
      while (j < n && j < k + 4 && isHexDigit(text.charCodeAt(j))) j++;
      if (j === k + 2) {
        err(k, j, "invalid escape sequence");
      }
      return j;
    }
    case 117:
    // u
    case 85: {
      const len = c === 117 ? 4 : 8;
      let j = k + 2;
      let cp = 0;
      while (j < n && j < k + 2 + len && isHexDigit(text.charCodeAt(j))) {
        cp = cp * 16 + hexVal(text.charCodeAt(j));
        j++;
      }
      if (j !== k + 2 + len || cp > 1114111 || cp >= 55296 && cp <= 57343) err(k, j, "invalid escape sequence");
      return j;
    }
    default:
      if (c >= 48 && c <= 55) {
        let j = k + 2;
        while (j < n && j < k + 4) {
          const d = text.charCodeAt(j);
          if (d < 48 || d > 55) break;
          j++;
        }
        return j;
      }
      if (c === 10 || k + 1 >= n) {
        err(k, k + 1, "invalid escape sequence");
        return k + 1;
      }
      err(k, k + 2, "invalid escape sequence");
      return k + 2;
  }
}
function hexVal(c) {
  return c <= 57 ? c - 48 : (c | 32) - 87;
}
var utf8Encoder = new TextEncoder();
function decodeStringInto(text, s, e, out) {
  const q = text.charCodeAt(s);
  let j = s + 1;
  let stop = e;
  if (stop > j && text.charCodeAt(stop - 1) === q && stop - 1 > s) stop--;
  let runStart = j;
  while (j < stop) {
    const c = text.charCodeAt(j);
    if (c !== 92) {
      j++;
      continue;
    }
    if (j > runStart) out.text(text, runStart, j);
    const d = j + 1 < stop ? text.charCodeAt(j + 1) : 0;
    switch (d) {
      case 97:
        out.byte(7);
        j += 2;
        break;
      case 98:
        out.byte(8);
        j += 2;
        break;
      case 102:
        out.byte(12);
        j += 2;
        break;
      case 110:
        out.byte(10);
        j += 2;
        break;
      case 114:
        out.byte(13);
        j += 2;
        break;
      case 116:
        out.byte(9);
        j += 2;
        break;
      case 118:
        out.byte(11);
        j += 2;
        break;
      case 92:
      case 39:
      case 34:
      case 63:
        out.byte(d);
        j += 2;
        break;
      case 120:
      case 88: {
        let k = j + 2;
        let v = 0;
        while (k < stop && k < j + 4 && isHexDigit(text.charCodeAt(k))) {
          v = v * 16 + hexVal(text.charCodeAt(k));
          k++;
        }
        if (k > j + 2) out.byte(v);
        j = k;
        break;
      }
      case 117:
      case 85: {
        const len = d === 117 ? 4 : 8;
        let k = j + 2;
        let cp = 0;
        while (k < stop && k < j + 2 + len && isHexDigit(text.charCodeAt(k))) {
          cp = cp * 16 + hexVal(text.charCodeAt(k));
          k++;
        }
        if (k === j + 2 + len && cp <= 1114111 && !(cp >= 55296 && cp <= 57343)) out.codePoint(cp);
        j = k;
        break;
      }
      default:
        if (d >= 48 && d <= 55) {
          let k = j + 1;
          let v = 0;
          while (k < stop && k < j + 4) {
            const o = text.charCodeAt(k);
            if (o < 48 || o > 55) break;
            v = v * 8 + (o - 48);
            k++;
          }
          out.byte(v & 255);
          j = k;
        } else j += d === 0 ? 1 : 2;
    }
    runStart = j;
  }
  if (stop > runStart) out.text(text, runStart, stop);
}
var ByteSink = class {
  buf = new Uint8Array(64);
  len = 0;
  ensure(extra) {
    if (this.len + extra <= this.buf.length) return;
    let cap = this.buf.length * 2;
    while (cap < this.len + extra) cap *= 2;
    const b = new Uint8Array(cap);
    b.set(this.buf.subarray(0, this.len));
    this.buf = b;
  }
  byte(v) {
    this.ensure(1);
    this.buf[this.len++] = v;
  }
  codePoint(cp) {
    this.ensure(4);
    const b = this.buf;
    if (cp < 128) b[this.len++] = cp;
    else if (cp < 2048) {
      b[this.len++] = 192 | cp >> 6;
      b[this.len++] = 128 | cp & 63;
    } else if (cp < 65536) {
      b[this.len++] = 224 | cp >> 12;
      b[this.len++] = 128 | cp >> 6 & 63;
      b[this.len++] = 128 | cp & 63;
    } else {
      b[this.len++] = 240 | cp >> 18;
      b[this.len++] = 128 | cp >> 12 & 63;
      b[this.len++] = 128 | cp >> 6 & 63;
      b[this.len++] = 128 | cp & 63;
    }
  }
  text(t, s, e) {
    let ascii = true;
    for (let k = s; k < e; k++) {
      if (t.charCodeAt(k) >= 128) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      this.ensure(e - s);
      const b = this.buf;
      for (let k = s; k < e; k++) b[this.len++] = t.charCodeAt(k);
      return;
    }
    const enc = utf8Encoder.encode(t.slice(s, e));
    this.ensure(enc.length);
    this.buf.set(enc, this.len);
    this.len += enc.length;
  }
  take() {
    const r = this.buf.slice(0, this.len);
    this.len = 0;
    return r;
  }
};

// src/compiler/parser.ts
init_define_PROTOGUARD_WKT();
function parse(source, diags) {
  const tokens = lex(source, diags);
  return new Parser(tokens, diags).parseFile();
}
var SEMI = 59;
var COMMA = 44;
var EQ = 61;
var COLON = 58;
var LBRACE = 123;
var RBRACE = 125;
var LBRACK = 91;
var RBRACK = 93;
var LPAREN = 40;
var RPAREN = 41;
var LT = 60;
var GT = 62;
var MINUS = 45;
var DOT = 46;
var SLASH = 47;
var MAX_MESSAGE_DEPTH = 32;
var MAX_BODY_DEPTH = 64;
var MAX_EXPR_DEPTH = 100;
var KEYWORDS2 = /* @__PURE__ */ new Set([
  "syntax",
  "edition",
  "import",
  "weak",
  "public",
  "package",
  "option",
  "message",
  "enum",
  "service",
  "extend",
  "oneof",
  "extensions",
  "reserved",
  "to",
  "max",
  "repeated",
  "optional",
  "required",
  "group",
  "map",
  "rpc",
  "returns",
  "stream",
  "true",
  "false",
  "inf",
  "nan",
  "export",
  "local",
  "double",
  "float",
  "int32",
  "int64",
  "uint32",
  "uint64",
  "sint32",
  "sint64",
  "fixed32",
  "fixed64",
  "sfixed32",
  "sfixed64",
  "bool",
  "string",
  "bytes"
]);
var CTX_NAME = {
  file: "file scope",
  message: "message definition",
  enum: "enum definition",
  service: "service definition",
  oneof: "oneof definition",
  extend: "message extension block",
  method: "service method"
};
var Parser = class {
  constructor(tokens, diags) {
    this.tokens = tokens;
    this.diags = diags;
    this.source = tokens.source;
    this.text = tokens.source.text;
    this.kind = tokens.kind;
    this.start = tokens.start;
    this.end = tokens.end;
    this.eof = tokens.count - 1;
    this.p = this.skipSilent(0);
  }
  tokens;
  diags;
  text;
  source;
  kind;
  start;
  end;
  eof;
  /** Current token (never a lexer-reported error token). */
  p;
  /** Last consumed token. */
  prev = 0;
  messageDepth = 0;
  /** Nesting of `{ … }` bodies of any kind. */
  bodyDepth = 0;
  /** Token of the latest error, so a missing `;` is not reported on top of another error there. */
  lastErrorTok = -1;
  exprDepth = 0;
  sink = new ByteSink();
  /** Interned `parts` arrays of unqualified names (read-only, so sharing is safe). */
  singleParts = /* @__PURE__ */ new Map();
  // ---- token access ------------------------------------------------------------------------
  /** Error tokens the lexer already reported (controls, Unicode spaces, `*\/`) are invisible here. */
  skipSilent(i) {
    const kind = this.kind;
    while (kind[i] === TK_ERROR) {
      const s = this.start[i];
      const c = this.text.charCodeAt(s);
      if (this.end[i] - s === 1 && c > 32 && c < 127) break;
      i++;
    }
    return i;
  }
  /** The visible token after `i`. */
  next(i) {
    return i >= this.eof ? this.eof : this.skipSilent(i + 1);
  }
  advance() {
    const t = this.p;
    this.prev = t;
    if (t < this.eof) this.p = this.skipSilent(t + 1);
    return t;
  }
  isPunct(i, c) {
    return this.kind[i] === TK_PUNCT && this.text.charCodeAt(this.start[i]) === c;
  }
  isWord(i, w) {
    const s = this.start[i];
    return this.kind[i] === TK_IDENT && this.end[i] - s === w.length && this.text.startsWith(w, s);
  }
  tokText(i) {
    return this.text.slice(this.start[i], this.end[i]);
  }
  /** Whether a `\n` lies between the end of token a and the start of token b. */
  lineBreakBetween(a, b) {
    const text = this.text;
    for (let i = this.end[a], e = this.start[b]; i < e; i++) if (text.charCodeAt(i) === 10) return true;
    return false;
  }
  // ---- errors ------------------------------------------------------------------------------
  error(first, last, message2) {
    this.lastErrorTok = first;
    this.diags.error(this.source, this.start[first], this.end[last], message2);
  }
  describe(i) {
    switch (this.kind[i]) {
      case TK_EOF:
        return "end-of-file";
      case TK_IDENT: {
        const t = this.tokText(i);
        return KEYWORDS2.has(t) ? "`" + t + "`" : "identifier";
      }
      case TK_INT:
        return "integer literal";
      case TK_FLOAT:
        return "floating-point literal";
      case TK_STRING:
        return "string literal";
      default:
        return "`" + this.tokText(i) + "`";
    }
  }
  /**
   * Reports the tokens from the current one up to (not including) the closing `close` (or a `;`)
   * as buf does: the token itself when it is alone, else "unexpected tokens …" over the run.
   */
  unexpectedRun(where2, close) {
    let last = this.p;
    for (let i = this.next(this.p); i < this.eof; i = this.next(i)) {
      if (this.kind[i] === TK_PUNCT) {
        const c = this.text.charCodeAt(this.start[i]);
        if (c === close || c === SEMI || c === LBRACE || c === RBRACE) break;
      }
      last = i;
    }
    if (last === this.p) this.unexpected(where2);
    else this.error(this.p, last, "unexpected tokens " + where2);
  }
  /** Reports the current token as unexpected, with `where` ("in message definition"). */
  unexpected(where2) {
    this.error(this.p, this.p, `unexpected ${this.describe(this.p)} ${where2}`);
  }
  /**
   * Expects the `;` that ends a declaration. When it is missing, reports the token found
   * ("unexpected `}` after definition") and consumes nothing. Returns the declaration's last token.
   */
  endDecl(after = "after definition") {
    if (this.isPunct(this.p, SEMI)) return this.advance();
    if (this.lastErrorTok !== this.p) this.unexpected(after);
    return this.prev;
  }
  /**
   * Recovery: skips to the end of the current declaration: through the next `;` at this level, or
   * through a `{…}` block, or up to a `}` closing the enclosing body, or up to a line-initial
   * keyword that starts a declaration. Iterative, so deep garbage cannot overflow the stack.
   */
  skipDecl(ctx) {
    const start = this.p;
    let depth = 0;
    while (this.p < this.eof) {
      const t = this.p;
      if (this.kind[t] === TK_PUNCT) {
        const c = this.text.charCodeAt(this.start[t]);
        if (c === LBRACE || c === LBRACK || c === LPAREN) depth++;
        else if (c === RBRACE || c === RBRACK || c === RPAREN) {
          if (depth === 0) {
            if (c === RBRACE && ctx !== "file") return;
            this.advance();
            continue;
          }
          depth--;
          this.advance();
          if (depth === 0 && c === RBRACE) return;
          continue;
        } else if (c === SEMI && depth === 0) {
          this.advance();
          return;
        }
      } else if (depth === 0 && t !== start && this.kind[t] === TK_IDENT && this.startsDecl(t, ctx) && this.lineBreakBetween(this.prev, t)) {
        return;
      }
      this.advance();
    }
  }
  /** Skips a balanced `{…}`/`[…]`/`(…)`/`<…>` group starting at the current token. */
  skipBalanced() {
    let depth = 0;
    while (this.p < this.eof) {
      const t = this.p;
      if (this.kind[t] === TK_PUNCT) {
        const c = this.text.charCodeAt(this.start[t]);
        if (c === LBRACE || c === LBRACK || c === LPAREN || c === LT) depth++;
        else if (c === RBRACE || c === RBRACK || c === RPAREN || c === GT) depth--;
      }
      this.advance();
      if (depth <= 0) return;
    }
  }
  startsDecl(t, ctx) {
    const w = this.tokText(t);
    switch (ctx) {
      case "file":
        return w === "message" || w === "enum" || w === "service" || w === "extend" || w === "option" || w === "import" || w === "package" || w === "syntax" || w === "edition";
      case "message":
      case "oneof":
      case "extend":
        return w === "message" || w === "enum" || w === "extend" || w === "option" || w === "oneof" || w === "reserved" || w === "extensions" || w === "optional" || w === "repeated" || w === "required" || w === "map";
      case "enum":
        return w === "option" || w === "reserved";
      case "service":
      case "method":
        return w === "rpc" || w === "option";
    }
  }
  // ---- file ----------------------------------------------------------------------------------
  parseFile() {
    let syntax;
    const decls = [];
    let first = true;
    while (this.kind[this.p] !== TK_EOF) {
      const t = this.p;
      if ((this.isWord(t, "syntax") || this.isWord(t, "edition")) && this.isPunct(this.next(t), EQ)) {
        if (first) {
          const s = this.parseSyntax();
          if (s) syntax = s;
        } else {
          this.error(t, t, "unexpected `" + this.tokText(t) + "` declaration");
          this.skipDecl("file");
        }
        first = false;
        continue;
      }
      first = false;
      const d = this.parseFileDecl();
      if (d) decls.push(d);
    }
    return syntax ? { kind: "file", tokens: this.tokens, syntax, decls } : { kind: "file", tokens: this.tokens, decls };
  }
  parseSyntax() {
    const kw = this.advance();
    const word = this.tokText(kw);
    this.advance();
    if (this.kind[this.p] !== TK_STRING) {
      this.unexpected(`in \`${word}\` declaration`);
      this.skipDecl("file");
      return void 0;
    }
    const value = this.parseString();
    const last = this.endDecl(`after \`${word}\` declaration`);
    return { kind: word, first: kw, last, value };
  }
  parseFileDecl() {
    const t = this.p;
    switch (this.kind[t]) {
      case TK_PUNCT:
        if (this.isPunct(t, SEMI)) return this.parseEmpty();
        break;
      case TK_IDENT: {
        if (this.isWord(t, "package")) return this.parsePackage();
        const d = this.parseKeywordDecl(t, "file");
        if (d !== null) return d === void 0 ? void 0 : this.allowed(d, t, "file", FILE_KINDS);
        this.parseField(void 0, "file");
        this.error(t, t, "unexpected message field at file scope");
        if (this.p === t) this.advance();
        return void 0;
      }
    }
    this.unexpected("in file scope");
    if (this.isPunct(t, RBRACE)) this.error(t, t, "encountered unmatched `}` delimiter");
    this.skipDecl("file");
    if (this.p === t) this.advance();
    return void 0;
  }
  /**
   * A declaration led by a keyword, in any scope: `option`, `message`, `enum`, `service`,
   * `extend`, `oneof`, `reserved`, `extensions`, `rpc`, `import` (with the lookahead that tells
   * them from fields named like them). Returns null when `t` starts none of them, undefined when
   * one was started but abandoned (reported). Whether it is allowed in `ctx` is the caller's
   * question (see {@link allowed}).
   */
  parseKeywordDecl(t, ctx) {
    switch (this.tokText(t)) {
      case "option":
        return this.parseOptionDecl(ctx);
      case "message":
        return this.isNestedStart(t) ? this.parseMessage(void 0, ctx) : null;
      case "enum":
        return this.isNestedStart(t) ? this.parseEnum(void 0, ctx) : null;
      case "service":
        return this.isNestedStart(t) ? this.parseService(ctx) : null;
      case "extend":
        return this.isNestedStart(t) ? this.parseExtend(ctx) : null;
      case "oneof":
        return this.isNestedStart(t) ? this.parseOneof(ctx) : null;
      case "reserved":
        return this.isFieldAfterKeyword(t) ? null : this.parseReserved(ctx);
      case "extensions":
        return this.isFieldAfterKeyword(t) ? null : this.parseExtensions(ctx);
      case "rpc": {
        const n = this.next(t);
        return this.kind[n] === TK_IDENT && this.isPunct(this.next(n), LPAREN) ? this.parseRpc(ctx) : null;
      }
      case "import": {
        const n = this.next(t);
        if (this.kind[n] === TK_STRING) return this.parseImport(ctx);
        if ((this.isWord(n, "public") || this.isWord(n, "weak") || this.isWord(n, "option")) && this.kind[this.next(n)] === TK_STRING) return this.parseImport(ctx);
        return ctx === "file" ? this.parseImport(ctx) : null;
      }
      case "export":
      case "local":
        return this.visibilityAt(t, ctx) ?? null;
    }
    return null;
  }
  /** Returns `d` if its kind may appear in `ctx`; otherwise reports it (buf's words) and drops it. */
  allowed(d, t, ctx, kinds) {
    if (kinds.has(d.kind)) return d;
    this.error(t, t, `unexpected ${declWords(d.kind)} ${ctx === "file" ? "at" : "within"} ${CTX_NAME[ctx]}`);
    return void 0;
  }
  /** `export`/`local` before `message`/`enum` (edition 2024); undefined if `t` is not one. */
  visibilityAt(t, ctx) {
    const n = this.next(t);
    if (this.isWord(n, "message") && this.isNestedStart(n)) {
      const vis = { text: this.tokText(t), tok: t };
      this.advance();
      return this.parseMessage(vis, ctx);
    }
    if (this.isWord(n, "enum") && this.isNestedStart(n)) {
      const vis = { text: this.tokText(t), tok: t };
      this.advance();
      return this.parseEnum(vis, ctx);
    }
    return void 0;
  }
  /**
   * Whether keyword `t` (`message`, `enum`, `extend`, …) starts its construct rather than a field
   * whose type is named like the keyword: a field has `name =` or a qualified type after it.
   */
  isNestedStart(t) {
    let n = this.next(t);
    if (this.isPunct(n, DOT)) n = this.next(n);
    if (this.kind[n] !== TK_IDENT) return true;
    for (; ; ) {
      n = this.next(n);
      if (!this.isPunct(n, DOT)) break;
      n = this.next(n);
      if (this.kind[n] !== TK_IDENT) return true;
    }
    return this.isPunct(n, LBRACE);
  }
  /** For `reserved`/`extensions`: a field of that type has `name =` or a qualified type after it. */
  isFieldAfterKeyword(t) {
    const n = this.next(t);
    if (this.isPunct(n, DOT)) return true;
    return this.kind[n] === TK_IDENT && this.isPunct(this.next(n), EQ);
  }
  parseEmpty() {
    const t = this.advance();
    return { kind: "empty", first: t, last: t };
  }
  parsePackage() {
    const kw = this.advance();
    if (this.kind[this.p] !== TK_IDENT && !this.isPunct(this.p, DOT)) {
      this.error(kw, kw, "missing path in `package` declaration");
      this.skipDecl("file");
      return void 0;
    }
    const name = this.parseQualifiedName();
    if (!name) {
      this.skipDecl("file");
      return void 0;
    }
    const last = this.endDecl("after `package` declaration");
    return { kind: "package", first: kw, last, name };
  }
  parseImport(ctx) {
    const kw = this.advance();
    let modifier;
    const t = this.p;
    if ((this.isWord(t, "public") || this.isWord(t, "weak") || this.isWord(t, "option")) && this.kind[this.next(t)] === TK_STRING) {
      modifier = { text: this.tokText(t), tok: t };
      this.advance();
    }
    if (this.kind[this.p] !== TK_STRING) {
      this.unexpected("in import");
      this.skipDecl(ctx);
      return void 0;
    }
    const path7 = this.parseString();
    const last = this.endDecl("after import");
    return modifier ? { kind: "import", first: kw, last, modifier, path: path7 } : { kind: "import", first: kw, last, path: path7 };
  }
  // ---- names ---------------------------------------------------------------------------------
  parseIdent() {
    const t = this.advance();
    return { kind: "ident", first: t, last: t, text: this.tokText(t) };
  }
  /**
   * `a.b.c` or `.a.b`; the current token must be an identifier or `.`. Reports and returns
   * undefined when a `.` is not followed by an identifier.
   */
  parseQualifiedName() {
    const first = this.p;
    let absolute = false;
    if (this.isPunct(first, DOT)) {
      absolute = true;
      this.advance();
    }
    const parts = [];
    for (; ; ) {
      if (this.kind[this.p] !== TK_IDENT) {
        this.unexpected(parts.length === 0 && !absolute ? "in type name" : "after `.`");
        return void 0;
      }
      parts.push(this.tokText(this.advance()));
      if (!this.isPunct(this.p, DOT)) break;
      this.advance();
    }
    if (parts.length === 1 && !absolute) {
      const name = parts[0];
      let shared = this.singleParts.get(name);
      if (!shared) {
        shared = parts;
        this.singleParts.set(name, shared);
      }
      return { kind: "qname", first, last: this.prev, text: name, absolute, parts: shared };
    }
    const text = (absolute ? "." : "") + parts.join(".");
    return { kind: "qname", first, last: this.prev, text, absolute, parts };
  }
  // ---- literals ------------------------------------------------------------------------------
  /** One or more adjacent string literals (the current token is a string). */
  parseString() {
    const first = this.p;
    const text = this.text;
    let last = this.advance();
    if (this.kind[this.p] !== TK_STRING) {
      const s = this.start[first];
      const e = this.end[first];
      let plain = e - s >= 2 && text.charCodeAt(e - 1) === text.charCodeAt(s);
      if (plain) {
        for (let k = s + 1; k < e - 1; k++) {
          if (text.charCodeAt(k) === 92) {
            plain = false;
            break;
          }
        }
      }
      if (plain) return new PlainString(first, last, text.slice(s + 1, e - 1));
    }
    const sink = this.sink;
    sink.len = 0;
    decodeStringInto(text, this.start[first], this.end[first], sink);
    while (this.kind[this.p] === TK_STRING) {
      last = this.advance();
      decodeStringInto(text, this.start[last], this.end[last], sink);
    }
    const bytes = sink.take();
    return { kind: "string", first, last, bytes, value: utf8Lossy2.decode(bytes) };
  }
  /** An integer token at `t` (with `sign` the `-` token if any). */
  intLiteral(t, sign) {
    return { kind: "int", first: sign >= 0 ? sign : t, last: t, negative: sign >= 0, magnitude: decodeInt(this.text, this.start[t], this.end[t]) };
  }
  /** Optional `-` then an integer; reports and returns undefined when there is none (consumes nothing then). */
  tryInt() {
    let sign = -1;
    let t = this.p;
    if (this.isPunct(t, MINUS)) {
      sign = t;
      t = this.next(t);
    }
    if (this.kind[t] !== TK_INT) return void 0;
    if (sign >= 0) this.advance();
    this.advance();
    return this.intLiteral(t, sign);
  }
  // ---- options -------------------------------------------------------------------------------
  /** `option name = value;` */
  parseOptionDecl(ctx) {
    const kw = this.advance();
    if (!(this.kind[this.p] === TK_IDENT || this.isPunct(this.p, LPAREN))) {
      this.error(kw, kw, "missing option setting path");
      this.skipDecl(ctx);
      return void 0;
    }
    const name = this.parseOptionName();
    if (!name) {
      this.skipDecl(ctx);
      return void 0;
    }
    if (!this.isPunct(this.p, EQ)) {
      if (this.isPunct(this.p, SEMI)) this.error(kw, kw, "missing option setting value");
      this.unexpected("in definition");
      this.skipDecl(ctx);
      return void 0;
    }
    this.advance();
    if (this.isPunct(this.p, SEMI) || this.kind[this.p] === TK_EOF) {
      this.error(kw, kw, "missing option setting value");
      this.unexpected("in definition");
      this.skipDecl(ctx);
      return void 0;
    }
    const value = this.parseOptionValue();
    if (!value) {
      this.skipDecl(ctx);
      return void 0;
    }
    const last = this.endDecl();
    return { kind: "option", first: kw, last, name, value };
  }
  /** `a.b`, `(a.b).c`, `(.a.b)`; reports and returns undefined on a malformed name. */
  parseOptionName() {
    const first = this.p;
    const parts = [];
    for (; ; ) {
      const t = this.p;
      if (this.isPunct(t, LPAREN)) {
        this.advance();
        if (!(this.kind[this.p] === TK_IDENT || this.isPunct(this.p, DOT))) {
          this.unexpected("in option name");
          return void 0;
        }
        const q = this.parseQualifiedName();
        if (!q) return void 0;
        if (!this.isPunct(this.p, RPAREN)) {
          this.unexpected("in option name");
          return void 0;
        }
        const close = this.advance();
        parts.push({ first: t, last: close, name: q.text, extension: true });
      } else if (this.kind[t] === TK_IDENT) {
        this.advance();
        parts.push({ first: t, last: t, name: this.tokText(t), extension: false });
      } else {
        this.unexpected("in option name");
        return void 0;
      }
      if (!this.isPunct(this.p, DOT)) break;
      this.advance();
    }
    return { first, last: this.prev, parts };
  }
  /** The value of an option statement or compact option (no top-level lists). */
  parseOptionValue() {
    if (this.isPunct(this.p, LBRACK)) {
      this.error(this.p, this.p, "unexpected array expression in option setting value");
      this.skipBalanced();
      return void 0;
    }
    if (this.isPunct(this.p, LT)) this.error(this.p, this.p, "cannot use `<...>` for message expression here");
    return this.parseValue("in option setting value");
  }
  /**
   * A scalar (`-5`, `1.5`, `-inf`, `"a" "b"`, `FOO`), a message literal, or (inside message
   * literals) a list. Reports and returns undefined on anything else, consuming nothing.
   */
  parseValue(where2) {
    const t = this.p;
    switch (this.kind[t]) {
      case TK_INT:
        this.advance();
        return this.intLiteral(t, -1);
      case TK_FLOAT:
        this.advance();
        return { kind: "float", first: t, last: t, negative: false, magnitude: decodeFloat(this.text, this.start[t], this.end[t]) };
      case TK_STRING:
        return this.parseString();
      case TK_IDENT:
        this.advance();
        return this.identValue(t, -1);
      case TK_PUNCT: {
        const c = this.text.charCodeAt(this.start[t]);
        if (c === MINUS) {
          const n = this.next(t);
          const k = this.kind[n];
          if (k === TK_INT) {
            this.advance();
            this.advance();
            return this.intLiteral(n, t);
          }
          if (k === TK_FLOAT) {
            this.advance();
            this.advance();
            return { kind: "float", first: t, last: n, negative: true, magnitude: decodeFloat(this.text, this.start[n], this.end[n]) };
          }
          if (k === TK_IDENT) {
            this.advance();
            this.advance();
            return this.identValue(n, t);
          }
          this.advance();
          this.unexpected("after `-`");
          return void 0;
        }
        if (c === LBRACE || c === LT) return this.parseMessageLiteral();
        if (c === LBRACK) return this.parseList();
        break;
      }
    }
    this.unexpected(where2);
    return void 0;
  }
  identValue(t, sign) {
    const name = this.tokText(t);
    const first = sign >= 0 ? sign : t;
    if (name === "inf" || name === "nan") {
      return { kind: "float", first, last: t, negative: sign >= 0, magnitude: name === "inf" ? Infinity : NaN };
    }
    return { kind: "identValue", first, last: t, negative: sign >= 0, name };
  }
  /** `{ … }` or `< … >` in text format. */
  parseMessageLiteral() {
    const open = this.p;
    if (this.exprDepth >= MAX_EXPR_DEPTH) {
      this.error(open, open, `expression nesting depth must be at most ${MAX_EXPR_DEPTH}`);
      this.skipBalanced();
      return void 0;
    }
    const close = this.text.charCodeAt(this.start[open]) === LBRACE ? RBRACE : GT;
    this.advance();
    this.exprDepth++;
    const fields = [];
    let ok = true;
    if (this.isPunct(this.p, COMMA) || this.isPunct(this.p, SEMI)) {
      this.error(this.p, this.p, `unexpected leading \`${this.tokText(this.p)}\` in message expression`);
      this.advance();
    }
    while (!this.isPunct(this.p, close)) {
      if (this.kind[this.p] === TK_EOF || close === GT && this.isPunct(this.p, RBRACE)) {
        this.error(open, open, `encountered unmatched \`${close === RBRACE ? "{" : "<"}\` delimiter`);
        ok = false;
        break;
      }
      const f = this.parseLiteralField();
      if (!f) {
        ok = false;
        this.skipLiteralGarbage(close);
        if (this.isPunct(this.p, close)) break;
        continue;
      }
      fields.push(f);
      if (this.isPunct(this.p, COMMA) || this.isPunct(this.p, SEMI)) {
        this.advance();
        while (this.isPunct(this.p, COMMA) || this.isPunct(this.p, SEMI)) {
          this.error(this.p, this.p, `unexpected extra \`${this.tokText(this.p)}\` in message expression`);
          this.advance();
        }
      }
    }
    this.exprDepth--;
    if (!ok && !this.isPunct(this.p, close)) return void 0;
    const last = this.advance();
    return { kind: "message", first: open, last, fields };
  }
  /** After a bad literal field: skip through the next `,`/`;` or up to the closing delimiter. */
  skipLiteralGarbage(close) {
    while (this.kind[this.p] !== TK_EOF) {
      const t = this.p;
      if (this.kind[t] === TK_PUNCT) {
        const c = this.text.charCodeAt(this.start[t]);
        if (c === close || c === RBRACE) return;
        if (c === COMMA || c === SEMI) {
          this.advance();
          return;
        }
        if (c === LBRACE || c === LBRACK || c === LT || c === LPAREN) {
          this.skipBalanced();
          continue;
        }
      }
      this.advance();
    }
  }
  parseLiteralField() {
    const first = this.p;
    let name;
    if (this.kind[first] === TK_IDENT) {
      this.advance();
      name = { kind: "field", name: this.tokText(first), first, last: first };
    } else if (this.isPunct(first, LBRACK)) {
      this.advance();
      const segs = [];
      let cur = "";
      for (; ; ) {
        if (this.kind[this.p] !== TK_IDENT) {
          this.unexpected("in message expression field name");
          return void 0;
        }
        cur += this.tokText(this.advance());
        if (this.isPunct(this.p, DOT)) {
          this.advance();
          cur += ".";
          continue;
        }
        if (this.isPunct(this.p, SLASH)) {
          this.advance();
          segs.push(cur);
          cur = "";
          continue;
        }
        break;
      }
      if (!this.isPunct(this.p, RBRACK)) {
        this.unexpected("in message expression field name");
        return void 0;
      }
      const last = this.advance();
      name = segs.length === 0 ? { kind: "extension", name: cur, first, last } : { kind: "any", prefix: segs.join("/"), typeName: cur, first, last };
    } else {
      this.unexpected("in message expression");
      return void 0;
    }
    let colon = false;
    if (this.isPunct(this.p, COLON)) {
      colon = true;
      this.advance();
    } else if (!(this.isPunct(this.p, LBRACE) || this.isPunct(this.p, LT) || this.isPunct(this.p, LBRACK))) {
      this.error(first, first, `unexpected ${this.describe(first)} in message expression`);
      this.unexpected("in message expression");
      return void 0;
    }
    const value = colon || !this.isPunct(this.p, LBRACK) ? this.parseValue("in message expression") : this.parseList(true);
    if (!value) return void 0;
    return { first, last: value.last, name, colon, value };
  }
  /**
   * `[a, b, …]` inside a message literal; after a field name without `:` (`f [{…}, {…}]`) the
   * elements must be messages.
   */
  parseList(messagesOnly = false) {
    const open = this.p;
    if (this.exprDepth >= MAX_EXPR_DEPTH) {
      this.error(open, open, `expression nesting depth must be at most ${MAX_EXPR_DEPTH}`);
      this.skipBalanced();
      return void 0;
    }
    this.advance();
    this.exprDepth++;
    const elements = [];
    let ok = true;
    if (!this.isPunct(this.p, RBRACK)) {
      for (; ; ) {
        const v = messagesOnly && !this.isPunct(this.p, LBRACE) && !this.isPunct(this.p, LT) ? this.unexpected("in array expression") : this.parseValue("in array expression");
        if (!v) {
          ok = false;
          break;
        }
        elements.push(v);
        if (this.isPunct(this.p, COMMA)) {
          const comma = this.advance();
          if (this.isPunct(this.p, RBRACK)) {
            this.error(comma, comma, "unexpected trailing `,` in array expression");
            break;
          }
          continue;
        }
        if (!this.isPunct(this.p, RBRACK)) {
          this.unexpected("in array expression");
          ok = false;
        }
        break;
      }
    }
    this.exprDepth--;
    if (!ok) {
      let depth = 0;
      while (this.kind[this.p] !== TK_EOF) {
        const t = this.p;
        if (this.kind[t] === TK_PUNCT) {
          const c = this.text.charCodeAt(this.start[t]);
          if (c === LBRACK || c === LBRACE || c === LT) depth++;
          else if (c === RBRACK || c === RBRACE || c === GT) {
            if (depth === 0) {
              if (c === RBRACK) this.advance();
              return void 0;
            }
            depth--;
          }
        }
        this.advance();
      }
      return void 0;
    }
    const last = this.advance();
    return { kind: "list", first: open, last, elements };
  }
  /** `[ name = value, … ]` after a field, enum value or extension range. */
  parseCompactOptions() {
    const open = this.advance();
    const options = [];
    if (this.isPunct(this.p, RBRACK)) {
      this.error(open, this.p, "compact options cannot be empty");
      const last2 = this.advance();
      return { first: open, last: last2, options };
    }
    for (; ; ) {
      const first = this.p;
      const name = this.parseOptionName();
      if (!name) return this.skipCompact(open, options);
      if (!this.isPunct(this.p, EQ)) {
        this.unexpected("in compact options");
        return this.skipCompact(open, options);
      }
      this.advance();
      const value = this.parseOptionValue();
      if (!value) return this.skipCompact(open, options);
      options.push({ first, last: value.last, name, value });
      if (this.isPunct(this.p, COMMA)) {
        const comma = this.advance();
        if (this.isPunct(this.p, RBRACK)) {
          this.error(comma, comma, "unexpected trailing `,` in compact options");
          break;
        }
        continue;
      }
      if (this.isPunct(this.p, RBRACK)) break;
      this.unexpectedRun("in compact options", RBRACK);
      return this.skipCompact(open, options);
    }
    const last = this.advance();
    return { first: open, last, options };
  }
  /** `[…]` after a declaration; a second `[…]` is reported (buf's text) and dropped. */
  compactOptionsOnce() {
    const options = this.parseCompactOptions();
    while (this.isPunct(this.p, LBRACK)) {
      this.error(this.p, this.p, "encountered more than one compact options");
      this.parseCompactOptions();
    }
    return options;
  }
  /**
   * Recovery inside `[…]`: skip through the closing `]`, stopping early at `;`/`{`/`}`. The
   * options read so far are kept (the linker still checks them, as buf does).
   */
  skipCompact(open, options) {
    while (this.kind[this.p] !== TK_EOF) {
      const t = this.p;
      if (this.kind[t] === TK_PUNCT) {
        const c = this.text.charCodeAt(this.start[t]);
        if (c === RBRACK) break;
        if (c === SEMI || c === RBRACE || c === LBRACE) {
          return options.length > 0 ? { first: open, last: this.prev, options } : void 0;
        }
      }
      this.advance();
    }
    if (this.kind[this.p] === TK_EOF) return options.length > 0 ? { first: open, last: this.prev, options } : void 0;
    const last = this.advance();
    return { first: open, last, options };
  }
  // ---- bodies --------------------------------------------------------------------------------
  /**
   * Parses `{ decls }` after the current `{` with `decl` for each declaration; reports an
   * unclosed `{` at EOF. Returns the closing token (or the last consumed one at EOF).
   */
  parseBody(open, out, decl) {
    if (this.bodyDepth >= MAX_BODY_DEPTH) {
      this.error(open, open, `declaration nesting depth must be at most ${MAX_BODY_DEPTH}`);
      let depth = 1;
      while (this.kind[this.p] !== TK_EOF) {
        const t = this.advance();
        if (this.kind[t] === TK_PUNCT) {
          const c = this.text.charCodeAt(this.start[t]);
          if (c === LBRACE) depth++;
          else if (c === RBRACE && --depth === 0) return t;
        }
      }
      return this.prev;
    }
    this.bodyDepth++;
    try {
      for (; ; ) {
        const t = this.p;
        if (this.kind[t] === TK_PUNCT && this.text.charCodeAt(this.start[t]) === RBRACE) return this.advance();
        if (this.kind[t] === TK_EOF) {
          this.error(open, open, "encountered unmatched `{` delimiter");
          return this.prev;
        }
        const d = decl();
        if (d !== void 0) out.push(d);
        else if (this.p === t) this.advance();
      }
    } finally {
      this.bodyDepth--;
    }
  }
  /** For a token that cannot start a declaration in `ctx`: report it and skip. */
  strayToken(ctx) {
    const t = this.p;
    this.unexpected("in " + CTX_NAME[ctx]);
    if (this.isPunct(t, LBRACE) || this.isPunct(t, LBRACK) || this.isPunct(t, LPAREN)) this.skipBalanced();
    else if (this.kind[t] === TK_IDENT || this.kind[t] === TK_STRING || this.kind[t] === TK_INT || this.kind[t] === TK_FLOAT) this.skipDecl(ctx);
    else this.advance();
    return void 0;
  }
  // ---- messages ------------------------------------------------------------------------------
  parseMessage(visibility, ctx) {
    const kw = this.advance();
    if (this.kind[this.p] !== TK_IDENT) {
      this.error(kw, kw, "missing name after `message`");
      this.skipDecl(ctx);
      return void 0;
    }
    const name = this.parseIdent();
    if (!this.isPunct(this.p, LBRACE)) {
      this.unexpected("in message definition");
      this.skipDecl(ctx);
      return void 0;
    }
    if (this.messageDepth + 1 >= MAX_MESSAGE_DEPTH) {
      this.error(name.first, name.last, `message nesting depth must be less than ${MAX_MESSAGE_DEPTH}`);
      this.skipBalanced();
      return void 0;
    }
    const open = this.advance();
    const body = [];
    this.messageDepth++;
    const last = this.parseBody(open, body, () => this.parseMessageBodyDecl("message"));
    this.messageDepth--;
    return visibility ? { kind: "message", first: kw, last, visibility, name, open, body } : { kind: "message", first: kw, last, name, open, body };
  }
  /** One declaration in a message or group body; also used (then filtered) for oneof and extend. */
  parseMessageBodyDecl(ctx) {
    const t = this.p;
    const k = this.kind[t];
    if (k === TK_PUNCT) {
      const c = this.text.charCodeAt(this.start[t]);
      if (c === SEMI) return this.parseEmpty();
      if (c === DOT) return this.parseField(void 0, ctx);
      return this.strayToken(ctx);
    }
    if (k !== TK_IDENT) return this.strayToken(ctx);
    const d = this.parseKeywordDecl(t, ctx);
    if (d !== null) return d === void 0 ? void 0 : this.allowed(d, t, ctx, MESSAGE_KINDS);
    if (this.isWord(t, "optional") || this.isWord(t, "required") || this.isWord(t, "repeated")) {
      const n = this.next(t);
      if (this.isPunct(n, DOT) || this.kind[n] === TK_IDENT && !this.isPunct(this.next(n), EQ)) {
        const label = { text: this.tokText(t), tok: t };
        this.advance();
        return this.parseField(label, ctx);
      }
    }
    return this.parseField(void 0, ctx);
  }
  /**
   * `[label] type name = number [opts] ;`, `map<K, V> name = …;` or `[label] group Name = … { … }`.
   * The current token is the type's first token.
   */
  parseField(label, ctx) {
    const first = label ? label.tok : this.p;
    const typeTok = this.p;
    if (this.isWord(typeTok, "map") && this.isPunct(this.next(typeTok), LT)) return this.parseMapField(label, first, ctx);
    const type = this.parseQualifiedName();
    if (!type) {
      this.skipDecl(ctx);
      return void 0;
    }
    if (this.kind[this.p] !== TK_IDENT) {
      this.error(first, first, `missing name in ${ctx === "extend" ? "message extension" : "message field"}`);
      if (this.isPunct(this.p, EQ)) {
        if (this.parseFieldNumber(first, ctx) === null) return void 0;
      } else this.error(first, first, "missing message field tag in declaration");
      if (this.isPunct(this.p, LBRACK)) this.parseCompactOptions();
      if (this.isPunct(this.p, LBRACE)) this.skipBalanced();
      else this.endDecl();
      return void 0;
    }
    const name = this.parseIdent();
    const number2 = this.parseFieldNumber(first, ctx);
    if (number2 === null) return void 0;
    let options;
    if (this.isPunct(this.p, LBRACK)) options = this.compactOptionsOnce();
    if (type.parts.length === 1 && !type.absolute && type.text === "group" && this.isPunct(this.p, LBRACE)) {
      return this.parseGroupBody(label, first, typeTok, name, number2, options);
    }
    const last = this.endDecl();
    const f = { kind: "field", first, last, type, name };
    if (label) f.label = label;
    if (number2) f.number = number2;
    if (options) f.options = options;
    return f;
  }
  /**
   * `= number` after a field name. Returns the number, undefined when it is missing (reported as
   * `missing message field tag in declaration`), or null when the declaration was abandoned.
   */
  parseFieldNumber(first, ctx) {
    if (this.isPunct(this.p, EQ)) {
      this.advance();
      const n = this.tryInt();
      if (n) return n;
      if (this.isPunct(this.p, MINUS)) {
        this.advance();
        this.unexpected("after `-`");
        return void 0;
      }
      if (this.kind[this.p] === TK_FLOAT) {
        this.error(this.p, this.p, "mismatched types");
        this.advance();
        return void 0;
      }
      this.error(first, first, "missing message field tag in declaration");
      this.unexpected("in definition");
      if (this.isPunct(this.p, SEMI) || this.isPunct(this.p, LBRACK) || this.isPunct(this.p, LBRACE)) return void 0;
      this.skipDecl(ctx);
      return null;
    }
    const k = this.kind[this.p];
    if (k === TK_INT || k === TK_FLOAT || k === TK_STRING || this.isPunct(this.p, MINUS)) {
      this.unexpected("in definition");
      this.skipDecl(ctx);
      return null;
    }
    this.error(first, first, "missing message field tag in declaration");
    return void 0;
  }
  parseMapField(label, first, ctx) {
    const typeFirst = this.advance();
    const lt = this.advance();
    const args = [];
    for (; ; ) {
      const a = this.mapTypeArg();
      if (!a) return this.abandon(ctx);
      args.push(a);
      if (!this.isPunct(this.p, COMMA)) break;
      this.advance();
    }
    if (!this.isPunct(this.p, GT)) {
      this.unexpected("in map type");
      return this.abandon(ctx);
    }
    if (args.length !== 2) {
      this.error(lt, this.p, `expected exactly two type arguments, got ${args.length}`);
      this.advance();
      return this.abandon(ctx);
    }
    const keyType = args[0];
    const valueType = args[1];
    const typeLast = this.advance();
    if (this.kind[this.p] !== TK_IDENT) {
      this.error(first, first, "missing name in message field");
      this.unexpected("in definition");
      return this.abandon(ctx);
    }
    const name = this.parseIdent();
    const number2 = this.parseFieldNumber(first, ctx);
    if (number2 === null) return void 0;
    let options;
    if (this.isPunct(this.p, LBRACK)) options = this.compactOptionsOnce();
    const last = this.endDecl();
    const m = { kind: "map", first, last, typeFirst, typeLast, keyType, valueType, name };
    if (label) m.label = label;
    if (number2) m.number = number2;
    if (options) m.options = options;
    return m;
  }
  mapTypeArg() {
    if (this.kind[this.p] !== TK_IDENT && !this.isPunct(this.p, DOT)) {
      this.unexpected("in map type");
      return void 0;
    }
    return this.parseQualifiedName();
  }
  abandon(ctx) {
    this.skipDecl(ctx);
    return void 0;
  }
  parseGroupBody(label, first, keyword, name, number2, options) {
    if (this.messageDepth + 1 >= MAX_MESSAGE_DEPTH) {
      this.error(name.first, name.last, `message nesting depth must be less than ${MAX_MESSAGE_DEPTH}`);
      this.skipBalanced();
      return void 0;
    }
    const open = this.advance();
    const body = [];
    this.messageDepth++;
    const last = this.parseBody(open, body, () => this.parseMessageBodyDecl("message"));
    this.messageDepth--;
    const g = { kind: "group", first, last, keyword, name, open, body };
    if (label) g.label = label;
    if (number2) g.number = number2;
    if (options) g.options = options;
    return g;
  }
  parseOneof(ctx) {
    const kw = this.advance();
    if (this.kind[this.p] !== TK_IDENT) {
      this.error(kw, kw, "missing name after `oneof`");
      return this.abandon(ctx);
    }
    const name = this.parseIdent();
    if (!this.isPunct(this.p, LBRACE)) {
      this.unexpected("in oneof definition");
      return this.abandon(ctx);
    }
    const open = this.advance();
    const body = [];
    const last = this.parseBody(open, body, () => {
      const t = this.p;
      const d = this.parseMessageBodyDecl("oneof");
      return d === void 0 ? void 0 : this.allowed(d, t, "oneof", ONEOF_KINDS);
    });
    return { kind: "oneof", first: kw, last, name, open, body };
  }
  parseExtend(ctx) {
    const kw = this.advance();
    if (this.kind[this.p] !== TK_IDENT && !this.isPunct(this.p, DOT)) {
      this.error(kw, kw, "missing name after `extend`");
      return this.abandon(ctx);
    }
    const extendee = this.parseQualifiedName();
    if (!extendee) return this.abandon(ctx);
    if (!this.isPunct(this.p, LBRACE)) {
      this.unexpected("in message extension block");
      return this.abandon(ctx);
    }
    const open = this.advance();
    const body = [];
    const last = this.parseBody(open, body, () => {
      const t = this.p;
      const d = this.parseMessageBodyDecl("extend");
      return d === void 0 ? void 0 : this.allowed(d, t, "extend", EXTEND_KINDS);
    });
    return { kind: "extend", first: kw, last, extendee, open, body };
  }
  /** `reserved 1, 2 to 5, 9 to max;` or `reserved "a", b;` */
  parseReserved(ctx) {
    const kw = this.advance();
    const ranges = [];
    const names = [];
    if (this.isPunct(this.p, SEMI)) return { kind: "reserved", first: kw, last: this.advance(), ranges, names };
    let mixed = false;
    for (; ; ) {
      const t = this.p;
      const k = this.kind[t];
      if (k === TK_STRING || k === TK_IDENT) {
        const name = k === TK_STRING ? ((s) => ({ first: s.first, last: s.last, name: s.value, quoted: true }))(this.parseString()) : { first: this.advance(), last: t, name: this.tokText(t), quoted: false };
        if (ranges.length > 0) {
          if (!mixed) this.error(name.first, name.last, "cannot mix tags and names in reserved range");
          mixed = true;
        } else names.push(name);
      } else {
        const r = this.parseRange(ctx, "reserved range");
        if (!r) return void 0;
        if (names.length > 0) {
          if (!mixed) this.error(r.first, r.last, "cannot mix tags and names in reserved range");
          mixed = true;
        } else ranges.push(r);
      }
      if (!this.isPunct(this.p, COMMA)) break;
      this.advance();
    }
    const last = this.endDecl("after reserved range");
    return { kind: "reserved", first: kw, last, ranges, names };
  }
  /** `a`, `a to b`, `a to max` (with optional `-` signs); reports and abandons on failure. */
  parseRange(ctx, what) {
    const startLit = this.tryInt();
    if (!startLit) {
      this.unexpected("in " + what);
      this.skipDecl(ctx);
      return void 0;
    }
    if (!this.isWord(this.p, "to")) return { first: startLit.first, last: startLit.last, start: startLit };
    this.advance();
    if (this.isWord(this.p, "max")) {
      const m = this.advance();
      const max = { kind: "max", first: m, last: m };
      return { first: startLit.first, last: m, start: startLit, end: max };
    }
    const endLit = this.tryInt();
    if (!endLit) {
      this.unexpected("after `to`");
      this.skipDecl(ctx);
      return void 0;
    }
    return { first: startLit.first, last: endLit.last, start: startLit, end: endLit };
  }
  parseExtensions(ctx) {
    const kw = this.advance();
    const ranges = [];
    for (; ; ) {
      const r = this.parseRange(ctx, "extension range");
      if (!r) return void 0;
      ranges.push(r);
      if (!this.isPunct(this.p, COMMA)) break;
      this.advance();
    }
    let options;
    if (this.isPunct(this.p, LBRACK)) options = this.compactOptionsOnce();
    const last = this.endDecl("after extension range");
    return options ? { kind: "extensions", first: kw, last, ranges, options } : { kind: "extensions", first: kw, last, ranges };
  }
  // ---- enums ---------------------------------------------------------------------------------
  parseEnum(visibility, ctx) {
    const kw = this.advance();
    if (this.kind[this.p] !== TK_IDENT) {
      this.error(kw, kw, "missing name after `enum`");
      return this.abandon(ctx);
    }
    const name = this.parseIdent();
    if (!this.isPunct(this.p, LBRACE)) {
      this.unexpected("in enum definition");
      return this.abandon(ctx);
    }
    const open = this.advance();
    const body = [];
    const last = this.parseBody(open, body, () => this.parseEnumBodyDecl());
    return visibility ? { kind: "enum", first: kw, last, visibility, name, open, body } : { kind: "enum", first: kw, last, name, open, body };
  }
  parseEnumBodyDecl() {
    const t = this.p;
    if (this.isPunct(t, SEMI)) return this.parseEmpty();
    if (this.kind[t] !== TK_IDENT) return this.strayToken("enum");
    const n = this.next(t);
    if (!this.isPunct(n, EQ)) {
      if (this.isWord(t, "option")) return this.parseOptionDecl("enum");
      if (this.isWord(t, "reserved")) return this.parseReserved("enum");
      const d = this.parseKeywordDecl(t, "enum");
      if (d !== null) return d === void 0 ? void 0 : this.allowed(d, t, "enum", ENUM_KINDS);
    }
    const name = this.parseIdent();
    let number2;
    if (this.isPunct(this.p, EQ)) {
      this.advance();
      number2 = this.tryInt();
      if (!number2) {
        if (this.kind[this.p] === TK_FLOAT) {
          this.error(this.p, this.p, "mismatched types");
          this.advance();
        } else {
          this.error(t, t, "missing enum value in declaration");
          this.unexpected("in definition");
          if (!(this.isPunct(this.p, SEMI) || this.isPunct(this.p, LBRACK))) return this.abandon("enum");
        }
      }
    } else {
      this.error(t, t, "missing enum value in declaration");
      if (!(this.isPunct(this.p, SEMI) || this.isPunct(this.p, LBRACK) || this.isPunct(this.p, RBRACE) || this.kind[this.p] === TK_IDENT)) {
        this.unexpected("in definition");
        return this.abandon("enum");
      }
    }
    let options;
    if (this.isPunct(this.p, LBRACK)) options = this.compactOptionsOnce();
    const last = this.endDecl();
    const v = { kind: "enumValue", first: t, last, name };
    if (number2) v.number = number2;
    if (options) v.options = options;
    return v;
  }
  // ---- services ------------------------------------------------------------------------------
  parseService(ctx) {
    const kw = this.advance();
    if (this.kind[this.p] !== TK_IDENT) {
      this.error(kw, kw, "missing name after `service`");
      return this.abandon(ctx);
    }
    const name = this.parseIdent();
    if (!this.isPunct(this.p, LBRACE)) {
      this.unexpected("in service definition");
      return this.abandon(ctx);
    }
    const open = this.advance();
    const body = [];
    const last = this.parseBody(open, body, () => {
      const t = this.p;
      if (this.isPunct(t, SEMI)) return this.parseEmpty();
      if (this.kind[t] === TK_IDENT) {
        const d = this.parseKeywordDecl(t, "service");
        if (d !== null) return d === void 0 ? void 0 : this.allowed(d, t, "service", SERVICE_KINDS);
        this.parseField(void 0, "service");
        this.error(t, t, "unexpected message field within service definition");
        if (this.p === t) this.advance();
        return void 0;
      }
      return this.strayToken("service");
    });
    return { kind: "service", first: kw, last, name, open, body };
  }
  parseRpc(ctx) {
    const kw = this.advance();
    if (this.kind[this.p] !== TK_IDENT) {
      this.error(kw, kw, "missing name after `rpc`");
      return this.abandon(ctx);
    }
    const name = this.parseIdent();
    if (!this.isPunct(this.p, LPAREN)) {
      this.unexpected("in method definition");
      return this.abandon(ctx);
    }
    const input = this.parseRpcType("parameter");
    if (!input) return this.abandon(ctx);
    if (!this.isWord(this.p, "returns")) {
      this.unexpected("in method definition");
      return this.abandon(ctx);
    }
    this.advance();
    const output = this.parseRpcType("return");
    if (!output) return this.abandon(ctx);
    if (this.isPunct(this.p, LBRACE)) {
      const open = this.advance();
      const body = [];
      const last2 = this.parseBody(open, body, () => {
        const t = this.p;
        if (this.isPunct(t, SEMI)) return this.parseEmpty();
        if (this.kind[t] === TK_IDENT) {
          const d = this.parseKeywordDecl(t, "method");
          if (d !== null) return d === void 0 ? void 0 : this.allowed(d, t, "method", METHOD_KINDS);
        }
        return this.strayToken("method");
      });
      return { kind: "rpc", first: kw, last: last2, name, input, output, open, body };
    }
    const last = this.endDecl();
    return { kind: "rpc", first: kw, last, name, input, output };
  }
  /** `( [stream] Type )`; tolerates missing parentheses around the return type (reported). */
  parseRpcType(what) {
    const paren = this.isPunct(this.p, LPAREN);
    if (paren) this.advance();
    else if (this.kind[this.p] === TK_IDENT || this.isPunct(this.p, DOT)) this.error(this.p, this.p, `missing \`(...)\` around method ${what} type`);
    else {
      this.unexpected("in method definition");
      return void 0;
    }
    let stream;
    const t = this.p;
    if (this.isWord(t, "stream")) {
      const n = this.next(t);
      if (this.kind[n] === TK_IDENT || this.isPunct(n, DOT)) {
        stream = t;
        this.advance();
      }
    }
    if (this.kind[this.p] !== TK_IDENT && !this.isPunct(this.p, DOT)) {
      this.unexpected(`in method ${what} type`);
      return void 0;
    }
    const type = this.parseQualifiedName();
    if (!type) return void 0;
    if (paren) {
      if (!this.isPunct(this.p, RPAREN)) {
        this.unexpected(`in method ${what} type`);
        return void 0;
      }
      this.advance();
    }
    return stream !== void 0 ? { stream, type } : { type };
  }
};
var FILE_KINDS = /* @__PURE__ */ new Set(["package", "import", "option", "message", "enum", "service", "extend", "empty"]);
var MESSAGE_KINDS = /* @__PURE__ */ new Set(["field", "map", "group", "oneof", "option", "message", "enum", "extend", "extensions", "reserved", "empty"]);
var ONEOF_KINDS = /* @__PURE__ */ new Set(["field", "map", "group", "option", "empty"]);
var EXTEND_KINDS = /* @__PURE__ */ new Set(["field", "map", "group", "empty"]);
var ENUM_KINDS = /* @__PURE__ */ new Set(["enumValue", "option", "reserved", "empty"]);
var SERVICE_KINDS = /* @__PURE__ */ new Set(["rpc", "option", "empty"]);
var METHOD_KINDS = /* @__PURE__ */ new Set(["option", "empty"]);
function declWords(kind) {
  switch (kind) {
    case "message":
      return "message definition";
    case "enum":
      return "enum definition";
    case "extend":
      return "message extension block";
    case "oneof":
      return "oneof definition";
    case "option":
      return "option setting";
    case "reserved":
      return "reserved range";
    case "extensions":
      return "extension range";
    case "service":
      return "service definition";
    case "rpc":
      return "service method";
    case "import":
      return "import";
    case "package":
      return "package declaration";
    case "field":
    case "map":
    case "group":
      return "message field";
    case "enumValue":
      return "enum value";
    default:
      return kind;
  }
}
var utf8Lossy2 = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });
var utf8Encoder2 = new TextEncoder();
var PlainString = class {
  constructor(first, last, value) {
    this.first = first;
    this.last = last;
    this.value = value;
  }
  first;
  last;
  value;
  kind = "string";
  cached;
  get bytes() {
    return this.cached ??= utf8Bytes(this.value);
  }
};
function utf8Bytes(s) {
  const n = s.length;
  for (let i = 0; i < n; i++) if (s.charCodeAt(i) >= 128) return utf8Encoder2.encode(s);
  const b = new Uint8Array(n);
  for (let i = 0; i < n; i++) b[i] = s.charCodeAt(i);
  return b;
}
function decodeInt(text, s, e) {
  if (e - s >= 2 && text.charCodeAt(s) === 48 && (text.charCodeAt(s + 1) | 32) === 120) {
    let k2 = s + 2;
    while (k2 < e && isHex(text.charCodeAt(k2))) k2++;
    return k2 === s + 2 ? 0n : BigInt("0x" + text.slice(s + 2, k2));
  }
  if (text.charCodeAt(s) === 48) {
    let k2 = s + 1;
    while (k2 < e) {
      const c = text.charCodeAt(k2);
      if (c < 48 || c > 55) break;
      k2++;
    }
    return k2 === s + 1 ? 0n : BigInt("0o" + text.slice(s + 1, k2));
  }
  let k = s;
  let v = 0;
  while (k < e) {
    const c = text.charCodeAt(k);
    if (c < 48 || c > 57) break;
    v = v * 10 + (c - 48);
    k++;
  }
  if (k - s <= 15) return v < SMALL_INTS.length ? SMALL_INTS[v] : BigInt(v);
  return BigInt(text.slice(s, k));
}
var SMALL_INTS = Array.from({ length: 4096 }, (_, i) => BigInt(i));
function isHex(c) {
  return c >= 48 && c <= 57 || c >= 97 && c <= 102 || c >= 65 && c <= 70;
}
function decodeFloat(text, s, e) {
  if (e - s >= 2 && text.charCodeAt(s) === 48 && (text.charCodeAt(s + 1) | 32) === 120) return decodeHexFloat(text.slice(s, e));
  let k = s;
  let dot = false;
  let digitsStart = -1;
  let mant = 0;
  let mantBig;
  let exp10 = 0;
  let stop = e;
  let expAt = e;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i) | 32;
    if (c === 101) {
      expAt = i;
      break;
    }
    if (c === 112) return Number(text.slice(s, i)) * 2 ** Number(text.slice(i + 1, e));
  }
  let hasDot = false;
  for (let i = s; i < expAt; i++) if (text.charCodeAt(i) === 46) hasDot = true;
  if (hasDot) {
    stop = expAt;
    while (stop > s && (text.charCodeAt(stop - 1) === 48 || text.charCodeAt(stop - 1) === 46)) {
      if (text.charCodeAt(stop - 1) === 46) {
        stop--;
        break;
      }
      stop--;
    }
  } else stop = expAt;
  for (k = s; k < stop; k++) {
    const c = text.charCodeAt(k);
    if (c === 46) {
      dot = true;
      continue;
    }
    if (c < 48 || c > 57) return fallbackFloat(text, s, e);
    const d = c - 48;
    if (digitsStart < 0) {
      if (d === 0) {
        if (dot) exp10--;
        continue;
      }
      digitsStart = k;
    }
    if (dot) exp10--;
    if (mantBig === void 0) {
      const next = mant * 10 + d;
      if (next <= Number.MAX_SAFE_INTEGER) mant = next;
      else mantBig = BigInt(mant) * 10n + BigInt(d);
    } else mantBig = mantBig * 10n + BigInt(d);
  }
  if (expAt < e) {
    let i = expAt + 1;
    let sign = 1;
    const c = text.charCodeAt(i);
    if (c === 45 || c === 43) {
      if (c === 45) sign = -1;
      i++;
    }
    let x = 0;
    for (; i < e; i++) {
      const d = text.charCodeAt(i) - 48;
      if (d < 0 || d > 9) return fallbackFloat(text, s, e);
      if (x < 1e9) x = x * 10 + d;
    }
    exp10 += sign * x;
  }
  if (digitsStart < 0) return 0;
  if (mantBig !== void 0) return Number(`${mantBig}e${exp10}`);
  if (exp10 === 0) return mant;
  return scaleBy2(mulPow5(mant, exp10), exp10);
}
function fallbackFloat(text, s, e) {
  const f = Number.parseFloat(text.slice(s, e));
  return Number.isNaN(f) ? 0 : f;
}
var POW5 = Array.from({ length: 32 }, (_, i) => Number(5n ** BigInt(i === 23 ? 7 : i)));
var POW5_32 = Array.from({ length: 10 }, (_, k) => Number(5n ** BigInt(32 * k)));
var POW5_32_NEG = Array.from({ length: 11 }, (_, k) => Number(`${2n ** BigInt(32 * k)}e-${32 * k}`));
function mulPow5(f, n) {
  if (n >= 0 && n <= 309) return f * POW5_32[n >>> 5] * POW5[n & 31];
  if (n < 0 && n >= -324) return f * POW5_32_NEG[-n >>> 5] / POW5[-n & 31];
  return n > 0 ? Infinity : 0;
}
function scaleBy2(f, n) {
  if (n >= -1022 && n <= 1023) return f * 2 ** n;
  if (n > 1023) return f * 2 ** 1023 * 2 ** (n - 1023);
  return f * 2 ** -1022 * 2 ** (n + 1022);
}
function decodeHexFloat(t) {
  let mant = 0;
  let exp = 0;
  let k = 2;
  let afterDot = false;
  for (; k < t.length; k++) {
    const c = t.charCodeAt(k);
    if (c === 46) {
      afterDot = true;
      continue;
    }
    if (!isHex(c)) break;
    mant = mant * 16 + (c <= 57 ? c - 48 : (c | 32) - 87);
    if (afterDot) exp -= 4;
  }
  if (k < t.length && (t.charCodeAt(k) | 32) === 112) {
    const p = Number.parseInt(t.slice(k + 1), 10);
    if (!Number.isNaN(p)) exp += p;
  }
  return mant * 2 ** exp;
}

// src/compiler/sourceinfo.ts
init_define_PROTOGUARD_WKT();

// src/compiler/comments.ts
init_define_PROTOGUARD_WKT();
function commentText(text, c) {
  if (!c.block) return text.slice(c.start + 2, c.end);
  const closed = c.end - c.start >= 4 && text.charCodeAt(c.end - 1) === 47 && text.charCodeAt(c.end - 2) === 42;
  const innerEnd = closed ? c.end - 2 : c.end;
  let nl = text.indexOf("\n", c.start + 2);
  if (nl === -1 || nl >= innerEnd) return text.slice(c.start + 2, innerEnd);
  let out = text.slice(c.start + 2, nl + 1);
  for (; ; ) {
    let i = nl + 1;
    while (i < innerEnd) {
      const ch = text.charCodeAt(i);
      if (ch === 10 || !isSpace(ch)) break;
      i++;
    }
    if (i < innerEnd && text.charCodeAt(i) === 42) i++;
    nl = text.indexOf("\n", i);
    if (nl === -1 || nl >= innerEnd) {
      out += text.slice(i, innerEnd);
      return out;
    }
    out += text.slice(i, nl + 1);
  }
}
function isSpace(c) {
  if (c <= 32) return c === 32 || c >= 9 && c <= 13;
  if (c < 133) return false;
  return c === 133 || c === 160 || c === 5760 || c >= 8192 && c <= 8202 || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288;
}
var P_LINES = 0;
var P_BLOCK = 1;
var P_SAME_LINE = 2;
var NONE = -1;
var NO_COMMENTS = Object.freeze([]);
var TokenComments = class {
  constructor(tokens) {
    this.tokens = tokens;
    if (tokens.comments.length > 0) this.attribute();
  }
  tokens;
  /** Per recorded gap: the token after it (increasing). */
  gapTok = [];
  /** Per recorded gap: paragraph leading the token after it, or -1. */
  gapLeading = [];
  /** Per recorded gap: paragraph trailing the token before it, or -1. */
  gapTrailing = [];
  /** Per recorded gap: first detached paragraph of the token after it, and how many. */
  gapDetachedFirst = [];
  gapDetachedCount = [];
  /** Per paragraph: first and last comment index, kind. */
  paraFirst = [];
  paraLast = [];
  paraKind = [];
  paraText = [];
  /** Leading comment of token `tok` (may be ""), or undefined. */
  leading(tok) {
    const g = this.gapBefore(tok);
    const p = g < 0 ? NONE : this.gapLeading[g];
    return p === NONE ? void 0 : this.text(p);
  }
  /** Trailing comment of token `tok` (may be ""), or undefined. */
  trailing(tok) {
    const g = this.gapBefore(tok + 1);
    const p = g < 0 ? NONE : this.gapTrailing[g];
    return p === NONE ? void 0 : this.text(p);
  }
  /**
   * Detached comments before token `tok`, in source order: a new array, or the shared frozen
   * {@link NO_COMMENTS} when there are none.
   */
  detached(tok) {
    const g = this.gapBefore(tok);
    if (g < 0) return NO_COMMENTS;
    const count = this.gapDetachedCount[g];
    if (count === 0) return NO_COMMENTS;
    const first = this.gapDetachedFirst[g];
    const out = [];
    for (let i = 0; i < count; i++) out.push(this.text(first + i));
    return out;
  }
  /** Whether token `tok` may have a leading, trailing or detached comment (cheap pre-check). */
  has(tok) {
    return this.gapBefore(tok) >= 0 || this.gapBefore(tok + 1) >= 0;
  }
  /** Index of the recorded gap right before token `tok`, or -1. */
  gapBefore(tok) {
    const g = this.gapTok;
    let lo = 0;
    let hi = g.length - 1;
    while (lo <= hi) {
      const mid = lo + hi >> 1;
      const v = g[mid];
      if (v === tok) return mid;
      if (v < tok) lo = mid + 1;
      else hi = mid - 1;
    }
    return NONE;
  }
  text(p) {
    let s = this.paraText[p];
    if (s !== void 0) return s;
    const { comments, source } = this.tokens;
    const kind = this.paraKind[p];
    const first = this.paraFirst[p];
    if (kind === P_BLOCK || kind === P_SAME_LINE) s = commentText(source.text, comments[first]);
    else {
      s = "";
      for (let c = first; c <= this.paraLast[p]; c++) s += commentText(source.text, comments[c]) + "\n";
    }
    this.paraText[p] = s;
    return s;
  }
  /** One pass over the comments and the tokens around them (§6.4 paragraphs, §6.5 attribution). */
  attribute() {
    const { kind, start, comments, source } = this.tokens;
    const text = source.text;
    const bom = source.bom === true;
    const starts = lineTable(source).lineStarts;
    const lastLine = starts.length - 1;
    const nc = comments.length;
    const paraLast = this.paraLast;
    let cur = 0;
    const lineAt = (o) => {
      while (cur < lastLine && starts[cur + 1] <= o) cur++;
      while (starts[cur] > o) cur--;
      return cur;
    };
    const bracket = (t2) => kind[t2] === TK_PUNCT ? text.charCodeAt(start[t2]) : 0;
    const gp = [];
    const gFirst = [];
    const gLast = [];
    let n = 0;
    let t = 0;
    let ci = 0;
    while (ci < nc) {
      const cStart = comments[ci].start;
      while (start[t] < cStart) t++;
      if (kind[t] === TK_EOF) break;
      const tStart = start[t];
      const p = t - 1;
      const hasPrev = p >= 0 || bom;
      const pLine = p >= 0 ? lineAt(start[p]) : 0;
      n = 0;
      let sameLine = false;
      let open = NONE;
      while (ci < nc && comments[ci].start < tStart) {
        const cm = comments[ci];
        const sLine = lineAt(cm.start);
        const eLine = cm.block ? lineAt(cm.end - 1) : sLine;
        if (open !== NONE && !cm.block && sLine - gLast[open] === 1) {
          paraLast[gp[open]] = ci;
          gLast[open] = eLine;
        } else {
          let paraKind = P_LINES;
          open = NONE;
          if (cm.block) paraKind = P_BLOCK;
          else if (hasPrev && sLine === pLine) {
            paraKind = P_SAME_LINE;
            sameLine = true;
          } else open = n;
          gp[n] = this.newPara(ci, paraKind);
          gFirst[n] = sLine;
          gLast[n] = eLine;
          n++;
        }
        ci++;
      }
      const tLine = lineAt(tStart);
      let lo = 0;
      let hi = n;
      let trailing = NONE;
      let leading = NONE;
      let detFirst = 0;
      let detCount = 0;
      if (hasPrev) {
        const closer = bracket(t);
        if (sameLine || gFirst[0] - pLine < 2 && (n >= 2 || closer === 125 || closer === 93 || closer === 41 || tLine - gLast[0] >= 2)) {
          if (p >= 0) trailing = gp[0];
          lo = 1;
        }
      }
      if (lo < hi && tLine - gLast[hi - 1] === 1) {
        leading = gp[hi - 1];
        hi--;
      }
      if (lo < hi) {
        const pb = p >= 0 ? bracket(p) : 0;
        const hasP = p >= 0 && pb !== 123 && pb !== 91 && pb !== 40;
        const nTok = t + 1;
        const nb = kind[nTok] === TK_EOF ? 0 : bracket(nTok);
        const hasN = kind[nTok] !== TK_EOF && nb !== 125 && nb !== 93 && nb !== 41;
        const nLine = hasN ? lineAt(start[nTok]) : 0;
        for (let i = lo; i < hi; i++) {
          if (hasP && gFirst[i] - pLine < 2) continue;
          if (hasN && nLine - gLast[i] >= 2) {
            detFirst = gp[i];
            detCount = hi - i;
          }
          break;
        }
      }
      if (trailing !== NONE || leading !== NONE || detCount !== 0) {
        this.gapTok.push(t);
        this.gapLeading.push(leading);
        this.gapTrailing.push(trailing);
        this.gapDetachedFirst.push(detFirst);
        this.gapDetachedCount.push(detCount);
      }
    }
  }
  newPara(first, kind) {
    this.paraFirst.push(first);
    this.paraLast.push(first);
    this.paraKind.push(kind);
    this.paraText.push(void 0);
    return this.paraFirst.length - 1;
  }
};
var cache = /* @__PURE__ */ new WeakMap();
function tokenComments(tokens) {
  let c = cache.get(tokens);
  if (!c) {
    c = new TokenComments(tokens);
    cache.set(tokens, c);
  }
  return c;
}

// src/compiler/sourceinfo.ts
var NO_TOKEN = -1;
var R_FIRST = 0;
var R_LAST = 1;
var R_LEAD = 2;
var R_TRAIL = 3;
var R_PATH_LEN = 4;
var R_PATH = 5;
var locationPrototype = Object.getPrototypeOf(create(SourceCodeInfo_LocationSchema));
var locationTypeName = SourceCodeInfo_LocationSchema.typeName;
function newLocation(path7, span, detached) {
  const loc = Object.create(locationPrototype);
  loc.$typeName = locationTypeName;
  loc.path = path7;
  loc.span = span;
  loc.leadingDetachedComments = detached;
  return loc;
}
var scratch3 = {
  i32: [],
  need: new Uint8Array(1024),
  keys: new Float64Array(1024)
};
function i32(slot, size) {
  let a = scratch3.i32[slot];
  if (a === void 0 || a.length < size) {
    a = new Int32Array(Math.max(size, 1024, a ? a.length * 2 : 0));
    scratch3.i32[slot] = a;
  }
  return a;
}
var SourceInfoCollector = class {
  constructor(file) {
    this.file = file;
  }
  file;
  /** Number of locations added. */
  n = 0;
  /** Flat location records (see R_*). */
  data = [];
  /** Number of locations recorded so far. */
  get size() {
    return this.n;
  }
  /** A location spanning tokens `first`..`last` (inclusive), without comments. */
  add(path7, first, last) {
    const d = this.data;
    d.push(first, last, NO_TOKEN, NO_TOKEN, path7.length);
    for (let k = 0; k < path7.length; k++) d.push(path7[k]);
    this.n++;
  }
  /**
   * A location spanning `first`..`last` that carries comments: leading/detached are looked up at
   * token `leadTok`, trailing at token `trailTok` (source-info.md §6.2).
   */
  addWithComments(path7, first, last, leadTok, trailTok) {
    const d = this.data;
    d.push(first, last, leadTok, trailTok, path7.length);
    for (let k = 0; k < path7.length; k++) d.push(path7[k]);
    this.n++;
  }
  finish() {
    const tokens = this.file.tokens;
    const n = this.n;
    const d = this.data;
    const rec = i32(0, n);
    if (scratch3.need.length < tokens.count) scratch3.need = new Uint8Array(Math.max(tokens.count, scratch3.need.length * 2));
    const need = scratch3.need;
    need.fill(0, 0, tokens.count);
    const lastTok = tokens.count - 2;
    if (lastTok >= 0) {
      need[0] = 1;
      need[lastTok] = need[lastTok] | 2;
    }
    for (let i = 0, r = 0; i < n; i++) {
      rec[i] = r;
      need[d[r + R_FIRST]] = need[d[r + R_FIRST]] | 1;
      need[d[r + R_LAST]] = need[d[r + R_LAST]] | 2;
      r += R_PATH + d[r + R_PATH_LEN];
    }
    const lineOf = i32(1, tokens.count * 2);
    const colOf = i32(2, tokens.count * 2);
    const cursor = new ColumnCursor(lineTable(tokens.source));
    const { start, end } = tokens;
    for (let t = 0; t < tokens.count; t++) {
      const m = need[t];
      if (m === 0) continue;
      if (m & 1) {
        cursor.move(start[t]);
        lineOf[2 * t] = cursor.line;
        colOf[2 * t] = cursor.col;
      }
      if (m & 2) {
        cursor.move(end[t]);
        lineOf[2 * t + 1] = cursor.line;
        colOf[2 * t + 1] = cursor.col;
      }
    }
    const k0 = i32(3, n);
    const k1 = i32(4, n);
    const k2 = i32(5, n);
    const k3 = i32(6, n);
    let sorted = true;
    let maxLine = 0;
    let maxCol = 0;
    for (let i = 0; i < n; i++) {
      const r = rec[i];
      const f = d[r + R_FIRST];
      const l = d[r + R_LAST];
      const sl = lineOf[2 * f];
      const el = lineOf[2 * l + 1];
      const sc = colOf[2 * f];
      const ec = colOf[2 * l + 1];
      k0[i] = sl;
      k1[i] = sc;
      if (el === sl) {
        k2[i] = ec;
        k3[i] = -1;
      } else {
        k2[i] = el;
        k3[i] = ec;
      }
      if (el > maxLine) maxLine = el;
      if (sc > maxCol) maxCol = sc;
      if (ec > maxCol) maxCol = ec;
      if (sorted && i > 0 && compareKeys2(k0, k1, k2, k3, i - 1, i) > 0) sorted = false;
    }
    const order = sorted ? void 0 : sortOrder(k0, k1, k2, k3, n, maxLine, maxCol);
    const comments = tokenComments(tokens);
    const locations = new Array(n + 1);
    let fileSpan = [0, 0, 0];
    if (lastTok >= 0) {
      const sl = lineOf[0];
      const el = lineOf[2 * lastTok + 1];
      const ec = colOf[2 * lastTok + 1];
      fileSpan = sl === el ? [sl, colOf[0], ec] : [sl, colOf[0], el, ec];
    }
    locations[0] = newLocation([], fileSpan, NO_COMMENTS);
    for (let j = 0; j < n; j++) {
      const i = order === void 0 ? j : order[j];
      const r = rec[i];
      const path7 = d.slice(r + R_PATH, r + R_PATH + d[r + R_PATH_LEN]);
      const span = k3[i] === -1 ? [k0[i], k1[i], k2[i]] : [k0[i], k1[i], k2[i], k3[i]];
      const lead = d[r + R_LEAD];
      if (lead === NO_TOKEN) {
        locations[j + 1] = newLocation(path7, span, NO_COMMENTS);
        continue;
      }
      const trail = d[r + R_TRAIL];
      const loc = newLocation(path7, span, comments.detached(lead));
      const leading = comments.leading(lead);
      const trailing = comments.trailing(trail);
      if (leading) loc.leadingComments = leading;
      if (trailing) loc.trailingComments = trailing;
      locations[j + 1] = loc;
    }
    return create(SourceCodeInfoSchema, { location: locations });
  }
};
function compareKeys2(k0, k1, k2, k3, a, b) {
  return k0[a] - k0[b] || k1[a] - k1[b] || k2[a] - k2[b] || k3[a] - k3[b];
}
function sortOrder(k0, k1, k2, k3, n, maxLine, maxCol) {
  const lines = maxLine + 1;
  const cols = maxCol + 1;
  const mid = Math.max(lines, cols);
  if (lines * cols * mid * (cols + 1) * n < Number.MAX_SAFE_INTEGER) {
    if (scratch3.keys.length < n) scratch3.keys = new Float64Array(Math.max(n, scratch3.keys.length * 2));
    const keys = scratch3.keys.subarray(0, n);
    for (let i = 0; i < n; i++) keys[i] = (((k0[i] * cols + k1[i]) * mid + k2[i]) * (cols + 1) + (k3[i] + 1)) * n + i;
    keys.sort();
    const order2 = i32(7, n);
    for (let j = 0; j < n; j++) order2[j] = keys[j] % n;
    return order2;
  }
  const order = new Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  return order.sort((a, b) => compareKeys2(k0, k1, k2, k3, a, b) || a - b);
}

// src/compiler/symtab.ts
init_define_PROTOGUARD_WKT();
var PackageSym = class {
  constructor(fullName, parentScope, declTokens, declTok, declFile) {
    this.fullName = fullName;
    this.parentScope = parentScope;
    this.declTokens = declTokens;
    this.declTok = declTok;
    this.declFile = declFile;
  }
  fullName;
  parentScope;
  declTokens;
  declTok;
  declFile;
  kind = "package";
  file = void 0;
  members = /* @__PURE__ */ new Map();
};
var RootScope = class {
  fullName = "";
  members = /* @__PURE__ */ new Map();
  parentScope = void 0;
};
function siteOf(s) {
  const t = s.declTokens;
  if (t === void 0 || s.declTok === void 0) return void 0;
  return { source: t.source, start: t.start[s.declTok], end: t.end[s.declTok] };
}
function fileOf(s) {
  return s.file?.path ?? s.declFile ?? "";
}
function isContainer(s) {
  return s !== void 0 && s.members !== void 0;
}
var KIND_RANK = {
  package: 0,
  message: 1,
  enum: 2,
  field: 3,
  extension: 4,
  oneof: 5,
  enumValue: 6,
  service: 7,
  method: 8
};
var SymbolTableImpl = class {
  root = new RootScope();
  packages = /* @__PURE__ */ new Map();
  extensions = /* @__PURE__ */ new Map();
  scopes = /* @__PURE__ */ new Map();
  duplicates = /* @__PURE__ */ new Map();
  lookups = /* @__PURE__ */ new Map();
  /** Registers the visibility of `path`. */
  setScope(path7, scope) {
    this.scopes.set(path7, scope);
  }
  scopeOf(path7) {
    return this.scopes.get(path7);
  }
  /**
   * The container of package `name` ("" = root), created with its parents when missing. `decl` is
   * the `package` statement that asks for it: a package component whose name another kind of
   * symbol already has is reported as declared multiple times.
   */
  packageScope(name, decl) {
    if (name === "") return this.root;
    let c = this.packages.get(name);
    const dot = name.lastIndexOf(".");
    const parent = this.packageScope(dot < 0 ? "" : name.slice(0, dot), decl);
    const simple = dot < 0 ? name : name.slice(dot + 1);
    const existing = parent.members.get(simple);
    if (existing !== void 0 && existing.kind !== "package" && decl) {
      this.clash(existing, new PackageSym(name, parent, decl.declTokens, decl.declTok, decl.file.path));
    }
    if (c) return c;
    if (existing && isContainer(existing)) {
      c = existing;
    } else {
      const p = new PackageSym(name, parent, decl?.declTokens, decl?.declTok, decl?.file.path ?? "");
      if (existing === void 0) parent.members.set(simple, p);
      c = p;
    }
    this.packages.set(name, c);
    return c;
  }
  /**
   * Adds `sym` to `scope` under `name`. Returns false (and remembers the clash) when the name is
   * taken.
   */
  declare(scope, name, sym) {
    const members = scope.members;
    const prev = members.get(name);
    if (prev === void 0) {
      members.set(name, sym);
      return true;
    }
    this.clash(prev, sym);
    return false;
  }
  /** Records that `sym` reuses the name of `prev` (reported by {@link reportDuplicates}). */
  clash(prev, sym) {
    const site = siteOf(sym);
    if (!site) return;
    let dup = this.duplicates.get(prev);
    if (!dup) {
      dup = { name: sym.fullName, sites: [] };
      const prevSite = siteOf(prev);
      if (prevSite) dup.sites.push({ kind: prev.kind, file: fileOf(prev), site: prevSite });
      this.duplicates.set(prev, dup);
    }
    dup.sites.push({ kind: sym.kind, file: fileOf(sym), site });
  }
  addExtension(extendee, sym) {
    let m = this.extensions.get(extendee);
    if (!m) {
      m = /* @__PURE__ */ new Map();
      this.extensions.set(extendee, m);
    }
    const prev = m.get(sym.proto.number);
    if (prev) return prev;
    m.set(sym.proto.number, sym);
    return void 0;
  }
  /** Reports each clash once, at the declaration that sorts first by kind, file, position. */
  reportDuplicates(diags) {
    for (const dup of this.duplicates.values()) {
      if (dup.sites.length === 0) continue;
      let best = dup.sites[0];
      for (const s of dup.sites) {
        const kr = KIND_RANK[s.kind] - KIND_RANK[best.kind];
        if (kr < 0 || kr === 0 && (s.file < best.file || s.file === best.file && s.site.start < best.site.start)) best = s;
      }
      const simple = dup.name.slice(dup.name.lastIndexOf(".") + 1);
      diags.error(best.site.source, best.site.start, best.site.end, `\`${simple}\` declared multiple times`);
    }
  }
  lookup(fullName) {
    const memo = this.lookups.get(fullName);
    if (memo !== void 0) return memo;
    let c = this.root;
    let s;
    let at = 0;
    for (; ; ) {
      const dot = fullName.indexOf(".", at);
      const part = dot < 0 ? fullName.slice(at) : fullName.slice(at, dot);
      s = c.members.get(part);
      if (dot < 0 || s === void 0) break;
      if (!isContainer(s)) {
        s = void 0;
        break;
      }
      c = s;
      at = dot + 1;
    }
    if (s !== void 0) this.lookups.set(fullName, s);
    return s;
  }
  /** The container named by `fullName` (a package, message or service; "" = root). */
  scopeNamed(fullName) {
    if (fullName === "") return this.root;
    const s = this.lookup(fullName);
    return isContainer(s) ? s : void 0;
  }
  visible(fs, s) {
    if (s === void 0 || s.file === void 0 || fs === void 0) return s;
    return fs.visible.has(s.file.path) ? s : void 0;
  }
  markUsed(fs, s) {
    if (fs === void 0 || s.file === void 0) return;
    const i = fs.visible.get(s.file.path);
    if (i !== void 0 && i >= 0) fs.used[i] = 1;
  }
  resolve(fromFile, scope, name, accept) {
    const fs = this.scopes.get(fromFile);
    const absolute = name.charCodeAt(0) === 46;
    const parts = (absolute ? name.slice(1) : name).split(".");
    let c = this.scopeNamed(scope);
    if (c === void 0) {
      const dot = scope.lastIndexOf(".");
      c = this.scopeNamed(dot < 0 ? "" : scope.slice(0, dot)) ?? this.root;
    }
    const s = this.resolveIn(fs, c, parts, absolute, accept);
    if (s === void 0) return { error: `cannot find \`${name}\` in this scope` };
    this.markUsed(fs, s);
    return { symbol: s };
  }
  /** Scoping rules of descriptors.md §3.2; undefined when nothing acceptable is found. */
  resolveIn(fs, scope, parts, absolute, accept) {
    const first = parts[0];
    if (absolute) return this.walk(fs, this.root, parts, accept);
    for (let c = scope; c !== void 0; c = c.parentScope) {
      const s = this.visible(fs, c.members.get(first));
      if (s === void 0) continue;
      if (parts.length === 1) {
        if (accept(s)) return s;
      } else if (s.kind === "message" || s.kind === "package") {
        return this.walk(fs, c, parts, accept);
      }
    }
    return void 0;
  }
  /** Follows `parts` down from `c`; the last part must be visible and accepted. */
  walk(fs, c, parts, accept) {
    let cur = c;
    for (let i = 0; ; i++) {
      const s = cur.members.get(parts[i]);
      if (s === void 0) return void 0;
      if (i === parts.length - 1) {
        const v = this.visible(fs, s);
        return v !== void 0 && accept(v) ? v : void 0;
      }
      if (!isContainer(s)) return void 0;
      cur = s;
    }
  }
  /** Marks the import that provides `s` as used by `fromFile` (for references resolved elsewhere). */
  noteUse(fs, s) {
    this.markUsed(fs, s);
  }
  extensionsOf(messageFullName) {
    return this.extensions.get(messageFullName) ?? EMPTY;
  }
};
var EMPTY = /* @__PURE__ */ new Map();

// src/compiler/wkt.ts
init_define_PROTOGUARD_WKT();
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
var WKT_PATHS = [
  "google/protobuf/any.proto",
  "google/protobuf/api.proto",
  "google/protobuf/compiler/plugin.proto",
  "google/protobuf/cpp_features.proto",
  "google/protobuf/descriptor.proto",
  "google/protobuf/duration.proto",
  "google/protobuf/empty.proto",
  "google/protobuf/field_mask.proto",
  "google/protobuf/source_context.proto",
  "google/protobuf/struct.proto",
  "google/protobuf/timestamp.proto",
  "google/protobuf/type.proto",
  "google/protobuf/wrappers.proto"
];
var WKT_SET = new Set(WKT_PATHS);
function isWkt(path7) {
  return typeof define_PROTOGUARD_WKT_default !== "undefined" ? Object.hasOwn(define_PROTOGUARD_WKT_default, path7) : WKT_SET.has(path7);
}
var texts = /* @__PURE__ */ new Map();
var packageRoot;
function wktSource(path7) {
  if (typeof define_PROTOGUARD_WKT_default !== "undefined") {
    return Object.hasOwn(define_PROTOGUARD_WKT_default, path7) ? define_PROTOGUARD_WKT_default[path7] : void 0;
  }
  if (!WKT_SET.has(path7)) return void 0;
  if (texts.has(path7)) return texts.get(path7);
  let text;
  try {
    packageRoot ??= dirname(createRequire(import.meta.url).resolve("google-proto-files/package.json"));
    text = readFileSync(join(packageRoot, path7), "utf8");
  } catch {
    text = void 0;
  }
  texts.set(path7, text);
  return text;
}

// src/compiler/linker.ts
var DESCRIPTOR_PROTO = "google/protobuf/descriptor.proto";
var wktAstCache = /* @__PURE__ */ new Map();
var wktLinkCache = /* @__PURE__ */ new Map();
var wktTables = /* @__PURE__ */ new Map();
function linkFile(path7, ast, table, scope, withSourceInfo, diags) {
  table.setScope(path7, scope);
  const si = withSourceInfo ? new SourceInfoCollector(ast) : void 0;
  const b = new FileBuilder(ast, path7, table, diags, si);
  b.declareAll();
  b.resolveAll();
  b.interpretAll(table);
  if (si) b.proto.sourceCodeInfo = si.finish();
  const unused = [];
  const pub = b.proto.publicDependency;
  for (let i = 0; i < scope.used.length; i++) if (!scope.used[i] && !pub.includes(i)) unused.push(i);
  return { builder: b, unused };
}
function linkBundled(path7, ast, scope, withSourceInfo, diags) {
  let table = wktTables.get(withSourceInfo);
  if (!table) {
    table = new SymbolTableImpl();
    wktTables.set(withSourceInfo, table);
  }
  const own = new Diagnostics();
  const fresh = { visible: scope.visible, used: new Uint8Array(scope.used.length) };
  const { builder, unused } = linkFile(path7, ast, table, fresh, withSourceInfo, own);
  table.reportDuplicates(own);
  if (own.list.length > 0) {
    for (const d of own.list) diags.push(d);
    return void 0;
  }
  const extensions = [];
  for (const x of builder.extensions) if (x.message) extensions.push({ extendee: x.message.fullName, sym: x });
  return { ast, proto: builder.proto, pkg: builder.info.package, topLevel: builder.topLevel, extensions, unused };
}
function parseWkt(path7) {
  let ast = wktAstCache.get(path7);
  if (ast === void 0) {
    const text = wktSource(path7);
    if (text === void 0) ast = null;
    else {
      const d = new Diagnostics();
      const source = { path: path7, text };
      ast = parse(source, d);
      if (d.errorCount > 0) ast = null;
    }
    wktAstCache.set(path7, ast ?? null);
  }
  return ast ?? void 0;
}
function importsOf(ast) {
  const out = [];
  for (const d of ast.decls) if (d.kind === "import") out.push(d);
  return out;
}
async function compile(opts) {
  const diags = new Diagnostics();
  const withSourceInfo = opts.sourceInfo !== false;
  const targets = [...new Set(opts.files)].sort();
  const targetSet = new Set(targets);
  const loaded = /* @__PURE__ */ new Map();
  let pending = [];
  const request = (path7) => {
    if (loaded.has(path7)) return;
    const entry = { path: path7, ast: void 0, missing: false, bundled: false, parseErrors: false, imports: [], where: void 0 };
    loaded.set(path7, entry);
    pending.push(load(entry));
  };
  const load = async (entry) => {
    const path7 = entry.path;
    let got;
    try {
      got = await opts.resolver.read(path7);
    } catch (e) {
      diags.error(void 0, 0, 0, `cannot read file: ${e instanceof Error ? e.message : String(e)}`, path7);
      entry.missing = true;
      return;
    }
    if (got === void 0) {
      if (isWkt(path7)) {
        entry.ast = parseWkt(path7);
        entry.bundled = entry.ast !== void 0;
      }
      if (entry.ast === void 0) entry.missing = true;
    } else {
      if (got.where !== void 0 && got.where !== path7) entry.where = got.where;
      const before = diags.list.length;
      const source = decodeSource(path7, got.bytes, diags);
      if (source !== void 0) entry.ast = parse(source, diags);
      for (let i = before; i < diags.list.length; i++) if (diags.list[i].severity === "error") entry.parseErrors = true;
      if (source === void 0) entry.parseErrors = true;
    }
    if (entry.ast) {
      entry.imports = importsOf(entry.ast);
      for (const imp of entry.imports) request(imp.path.value);
    }
  };
  for (const t of targets) request(t);
  request(DESCRIPTOR_PROTO);
  while (pending.length > 0) {
    const batch = pending;
    pending = [];
    await Promise.all(batch);
  }
  const order = [];
  const state = /* @__PURE__ */ new Map();
  const stack = [];
  const cyclic = /* @__PURE__ */ new Set();
  const visit = (path7, via) => {
    const st = state.get(path7);
    if (st === 2) return;
    if (st === 1) {
      const top = stack[stack.length - 1];
      const from = top ? loaded.get(top.path) : void 0;
      if (via && from?.ast) {
        const t = from.ast.tokens;
        diags.error(t.source, t.start[via.first], t.end[via.last], `detected cyclic import while importing "${path7}"`);
      }
      if (via) cyclic.add(via);
      return;
    }
    state.set(path7, 1);
    stack.push({ path: path7, via });
    const l = loaded.get(path7);
    if (l?.ast) for (const imp of l.imports) visit(imp.path.value, imp);
    stack.pop();
    state.set(path7, 2);
    if (l && !l.missing) order.push(path7);
  };
  for (const t of targets) visit(t, void 0);
  const table = new SymbolTableImpl();
  const results = /* @__PURE__ */ new Map();
  const publicClosure = /* @__PURE__ */ new Map();
  const publicOf = (path7) => {
    let out = publicClosure.get(path7);
    if (out) return out;
    out = [];
    publicClosure.set(path7, out);
    const l = loaded.get(path7);
    if (l?.ast) {
      for (const imp of l.imports) {
        if (imp.modifier?.text !== "public" || cyclic.has(imp)) continue;
        const p = imp.path.value;
        out.push(p);
        for (const q of publicOf(p)) out.push(q);
      }
    }
    return out;
  };
  const bundledMemo = /* @__PURE__ */ new Map();
  const allBundled = (path7) => {
    let v = bundledMemo.get(path7);
    if (v !== void 0) return v;
    bundledMemo.set(path7, false);
    const l = loaded.get(path7);
    v = l !== void 0 && l.bundled && !l.parseErrors && l.imports.every((i) => !cyclic.has(i) && allBundled(i.path.value));
    bundledMemo.set(path7, v);
    return v;
  };
  const linkOrder = order.includes(DESCRIPTOR_PROTO) ? [DESCRIPTOR_PROTO, ...order.filter((p) => p !== DESCRIPTOR_PROTO)] : [DESCRIPTOR_PROTO, ...order];
  for (const path7 of linkOrder) {
    const l = loaded.get(path7);
    if (!l || !l.ast) continue;
    const ast = l.ast;
    const visible = /* @__PURE__ */ new Map([[path7, -1]]);
    let depIndex = 0;
    const seenImports = /* @__PURE__ */ new Set();
    const direct2 = [];
    let sawOptionImport = false;
    const t = ast.tokens;
    for (const imp of l.imports) {
      const p = imp.path.value;
      const isOption = imp.modifier?.text === "option";
      if (isOption) sawOptionImport = true;
      else if (sawOptionImport) diags.error(t.source, t.start[imp.first], t.end[imp.last], "import after `import option`");
      const idx = isOption ? -2 : depIndex++;
      if (seenImports.has(p)) {
        diags.error(t.source, t.start[imp.first], t.end[imp.last], "file imported multiple times");
        continue;
      }
      seenImports.add(p);
      const dep = loaded.get(p);
      if (!dep || dep.missing) {
        diags.error(t.source, t.start[imp.first], t.end[imp.last], "imported file does not exist");
        continue;
      }
      if (cyclic.has(imp)) continue;
      if (!visible.has(p)) visible.set(p, idx);
      direct2.push([p, idx]);
    }
    for (const [p, idx] of direct2) for (const q of publicOf(p)) if (!visible.has(q)) visible.set(q, idx);
    const scope = { visible, used: new Uint8Array(depIndex) };
    table.setScope(path7, scope);
    let cached;
    if (l.bundled && allBundled(path7)) {
      const key2 = (withSourceInfo ? "si:" : "") + path7;
      cached = wktLinkCache.get(key2);
      if (cached === void 0 || cached.ast !== ast) {
        cached = linkBundled(path7, ast, scope, withSourceInfo, diags);
        if (cached) wktLinkCache.set(key2, cached);
      }
    }
    if (cached) {
      const pkgScope = table.packageScope(cached.pkg);
      for (const [name, sym] of cached.topLevel) table.declare(pkgScope, name, sym);
      for (const e of cached.extensions) table.addExtension(e.extendee, e.sym);
      results.set(path7, { proto: cached.proto, unused: [...cached.unused] });
      continue;
    }
    const r = linkFile(path7, ast, table, scope, withSourceInfo, diags);
    results.set(path7, { proto: r.builder.proto, unused: r.unused });
  }
  table.reportDuplicates(diags);
  const failed = /* @__PURE__ */ new Set();
  for (const d of diags.list) if (d.severity === "error") failed.add(d.file);
  const files = [];
  for (const path7 of order) {
    const l = loaded.get(path7);
    const r = results.get(path7);
    const ok = r !== void 0 && !failed.has(path7) && !l.parseErrors;
    files.push({
      path: path7,
      isImport: !targetSet.has(path7),
      ast: l.ast,
      proto: ok ? r.proto : void 0,
      unusedDependencies: r ? r.unused : [],
      syntaxUnspecified: l.ast !== void 0 && l.ast.syntax === void 0
    });
  }
  for (const t of targets) {
    const l = loaded.get(t);
    if (l?.missing) diags.error(void 0, 0, 0, `file does not exist`, t);
  }
  let diagnostics = diags.list;
  if ([...loaded.values()].some((l) => l.where !== void 0)) {
    diagnostics = diags.list.map((d) => {
      const where2 = loaded.get(d.file)?.where;
      return where2 === void 0 ? d : { ...d, file: where2 };
    });
  }
  return { files, diagnostics };
}

// src/compiler/image.ts
init_define_PROTOGUARD_WKT();
var IMAGE_EXTENSION_FIELD = 8042;
function encodeImage(files, opts = {}) {
  const parts = [];
  let total = 0;
  const head = new ByteWriter();
  for (const f of files) {
    const proto = f.proto;
    if (!proto || opts.excludeImports && f.isImport) continue;
    const body = encodeFile(prepare(proto, opts), f);
    const ext = encodeExtension(f, opts.moduleName?.(f.path));
    head.reset();
    head.byte(10);
    head.varint(body.length + ext.length);
    const h = head.bytes();
    parts.push(h, body, ext);
    total += h.length + body.length + ext.length;
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
function imageToJson(files, opts = {}) {
  const registry = optionRegistry(files);
  const out = [];
  for (const f of files) {
    const proto = f.proto;
    if (!proto || opts.excludeImports && f.isImport) continue;
    const raw = toJson(FileDescriptorProtoSchema, prepare(proto, opts), registry ? { registry } : {});
    const json = declarationOrder(raw, FileDescriptorProtoSchema, registry);
    const ext = { isImport: f.isImport };
    const name = opts.moduleName?.(f.path);
    if (name) ext["moduleInfo"] = { name: { remote: name.remote, owner: name.owner, repository: name.repository } };
    ext["isSyntaxUnspecified"] = f.syntaxUnspecified;
    if (f.unusedDependencies.length > 0) ext["unusedDependency"] = [...f.unusedDependencies];
    json["bufExtension"] = ext;
    out.push(json);
  }
  return JSON.stringify({ file: out });
}
function prepare(proto, opts) {
  const dropInfo = opts.excludeSourceInfo === true && proto.sourceCodeInfo !== void 0;
  const unknown = proto.$unknown;
  const dropExt = unknown !== void 0 && unknown.some((u) => u.no === IMAGE_EXTENSION_FIELD);
  if (!dropInfo && !dropExt) return proto;
  const copy = { ...proto };
  if (dropInfo) delete copy.sourceCodeInfo;
  if (dropExt) copy.$unknown = unknown.filter((u) => u.no !== IMAGE_EXTENSION_FIELD);
  return copy;
}
var SOURCE_INFO_EXTENSION_FIELD = 536e6;
function encodeFile(proto, f) {
  const info = proto.sourceCodeInfo;
  if (!info) return toBinary(FileDescriptorProtoSchema, proto);
  const unknown = info.$unknown ?? [];
  const own = unknown.some((u) => u.no === SOURCE_INFO_EXTENSION_FIELD) ? void 0 : sourceInfoExtension(f);
  const head = toBinary(FileDescriptorProtoSchema, onlyFields(proto, (n) => n < 9));
  const tail = toBinary(FileDescriptorProtoSchema, onlyFields(proto, (n) => n > 9));
  const infoBytes = encodeSourceCodeInfo(info, own);
  const out = new Uint8Array(head.length + 1 + varintSize(infoBytes.length) + infoBytes.length + tail.length);
  out.set(head, 0);
  let at = head.length;
  out[at++] = 74;
  at = putVarint(out, at, infoBytes.length);
  out.set(infoBytes, at);
  out.set(tail, at + infoBytes.length);
  return out;
}
function encodeSourceCodeInfo(info, own) {
  const locs = info.location;
  const unknown = info.$unknown ?? [];
  const sizes = new Int32Array(locs.length);
  let total = own ? own.length : 0;
  for (const u of unknown) total += varintSize(u.no * 8 + u.wireType) + u.data.length;
  for (let i = 0; i < locs.length; i++) {
    const loc = locs[i];
    let n = 0;
    if (loc.path.length > 0) n += packedSize(loc.path);
    if (loc.span.length > 0) n += packedSize(loc.span);
    if (isSet(loc, "leadingComments")) n += stringSize(loc.leadingComments);
    if (isSet(loc, "trailingComments")) n += stringSize(loc.trailingComments);
    for (const d of loc.leadingDetachedComments) n += stringSize(d);
    if (loc.$unknown) for (const u of loc.$unknown) n += varintSize(u.no * 8 + u.wireType) + u.data.length;
    sizes[i] = n;
    total += 1 + varintSize(n) + n;
  }
  const out = Buffer.allocUnsafe(total);
  let at = 0;
  if (own) {
    out.set(own, at);
    at += own.length;
  }
  for (const u of unknown) {
    at = putVarint(out, at, u.no * 8 + u.wireType);
    out.set(u.data, at);
    at += u.data.length;
  }
  for (let i = 0; i < locs.length; i++) {
    const loc = locs[i];
    out[at++] = 10;
    at = putVarint(out, at, sizes[i]);
    if (loc.path.length > 0) at = putPacked(out, at, 10, loc.path);
    if (loc.span.length > 0) at = putPacked(out, at, 18, loc.span);
    if (isSet(loc, "leadingComments")) at = putString(out, at, 26, loc.leadingComments);
    if (isSet(loc, "trailingComments")) at = putString(out, at, 34, loc.trailingComments);
    for (const d of loc.leadingDetachedComments) at = putString(out, at, 50, d);
    if (loc.$unknown)
      for (const u of loc.$unknown) {
        at = putVarint(out, at, u.no * 8 + u.wireType);
        out.set(u.data, at);
        at += u.data.length;
      }
  }
  if (at !== total) throw new Error(`SourceCodeInfo encoder wrote ${at} bytes, computed ${total}`);
  return out;
}
function isSet(loc, key2) {
  return Object.hasOwn(loc, key2) && loc[key2] !== void 0;
}
function int32Size(n) {
  return n < 0 ? 10 : n < 128 ? 1 : n < 16384 ? 2 : n < 2097152 ? 3 : n < 268435456 ? 4 : 5;
}
function packedSize(list) {
  let n = 0;
  for (let i = 0; i < list.length; i++) n += int32Size(list[i]);
  return 1 + varintSize(n) + n;
}
function stringSize(s) {
  const n = Buffer.byteLength(s, "utf8");
  return 1 + varintSize(n) + n;
}
function putVarint(out, at, n) {
  while (n >= 128) {
    out[at++] = n & 127 | 128;
    n = Math.floor(n / 128);
  }
  out[at++] = n;
  return at;
}
function putInt32(out, at, n) {
  if (n >= 0) return putVarint(out, at, n);
  let lo = n >>> 0;
  for (let i = 0; i < 4; i++) {
    out[at++] = lo & 127 | 128;
    lo >>>= 7;
  }
  out[at++] = lo & 15 | 112 | 128;
  for (let i = 0; i < 4; i++) out[at++] = 255;
  out[at++] = 1;
  return at;
}
function putPacked(out, at, tag, list) {
  let n = 0;
  for (let i = 0; i < list.length; i++) n += int32Size(list[i]);
  out[at++] = tag;
  at = putVarint(out, at, n);
  for (let i = 0; i < list.length; i++) at = putInt32(out, at, list[i]);
  return at;
}
function putString(out, at, tag, s) {
  out[at++] = tag;
  const n = Buffer.byteLength(s, "utf8");
  at = putVarint(out, at, n);
  return at + out.write(s, at, n, "utf8");
}
function onlyFields(proto, keep) {
  const copy = { ...proto };
  for (const f of FileDescriptorProtoSchema.fields) {
    if (keep(f.number)) continue;
    if (f.fieldKind === "list") copy[f.localName] = [];
    else delete copy[f.localName];
  }
  if (!keep(Number.MAX_SAFE_INTEGER)) delete copy["$unknown"];
  return copy;
}
function sourceInfoExtension(f) {
  if (!f.syntaxUnspecified && f.unusedDependencies.length === 0) return void 0;
  const p = new ByteWriter();
  if (f.syntaxUnspecified) {
    p.byte(16);
    p.byte(1);
  }
  if (f.unusedDependencies.length > 0) {
    const list = new ByteWriter();
    for (const i of f.unusedDependencies) list.varint(i);
    const l = list.bytes();
    p.byte(26);
    p.varint(l.length);
    p.raw(l);
  }
  const payload = p.bytes();
  const w = new ByteWriter();
  w.varint(SOURCE_INFO_EXTENSION_FIELD * 8 + 2);
  w.varint(payload.length);
  w.raw(payload);
  return w.bytes();
}
function declarationOrder(json, desc, registry) {
  if (typeof json !== "object" || json === null || Array.isArray(json)) return json;
  const out = {};
  for (const f of desc.fields) {
    const v = json[f.jsonName];
    if (v !== void 0) out[f.jsonName] = orderValue(v, f, registry);
  }
  for (const k in json) {
    if (k in out) continue;
    const ext = registry && k.startsWith("[") ? registry.getExtension(k.slice(1, -1)) : void 0;
    out[k] = ext ? orderValue(json[k], ext, registry) : json[k];
  }
  return out;
}
function orderValue(v, f, registry) {
  if (f.fieldKind === "message") return declarationOrder(v, f.message, registry);
  if (f.fieldKind === "list" && f.listKind === "message" && Array.isArray(v)) return v.map((e) => declarationOrder(e, f.message, registry));
  if (f.fieldKind === "map" && f.mapKind === "message" && typeof v === "object" && v !== null && !Array.isArray(v)) {
    const out = {};
    for (const k in v) out[k] = declarationOrder(v[k], f.message, registry);
    return out;
  }
  return v;
}
function encodeExtension(f, name) {
  const w = new ByteWriter();
  w.byte(8);
  w.byte(f.isImport ? 1 : 0);
  if (name) {
    const n = new ByteWriter();
    n.string(10, name.remote);
    n.string(18, name.owner);
    n.string(26, name.repository);
    const nameBytes = n.bytes();
    w.byte(18);
    w.varint(nameBytes.length + 1 + varintSize(nameBytes.length));
    w.byte(10);
    w.varint(nameBytes.length);
    w.raw(nameBytes);
  }
  w.byte(24);
  w.byte(f.syntaxUnspecified ? 1 : 0);
  for (const i of f.unusedDependencies) {
    w.byte(32);
    w.varint(i);
  }
  const payload = w.bytes();
  const out = new ByteWriter();
  out.varint(IMAGE_EXTENSION_FIELD << 3 | 2);
  out.varint(payload.length);
  out.raw(payload);
  return out.bytes();
}
function optionRegistry(files) {
  let custom = false;
  for (const f of files) if (f.proto && hasCustomOptions(f.proto)) custom = true;
  if (!custom) return void 0;
  const set = create(FileDescriptorSetSchema, { file: files.flatMap((f) => f.proto ? [f.proto] : []) });
  try {
    return createFileRegistry(set);
  } catch {
    return void 0;
  }
}
function hasCustomOptions(value) {
  if (Array.isArray(value)) {
    for (const v of value) if (typeof v === "object" && v !== null && hasCustomOptions(v)) return true;
    return false;
  }
  const obj = value;
  const t = obj["$typeName"];
  if (typeof t === "string" && t.endsWith("Options") && obj["$unknown"] !== void 0) return true;
  if (t === "google.protobuf.SourceCodeInfo") return false;
  for (const k in obj) {
    const v = obj[k];
    if (typeof v === "object" && v !== null && k !== "$unknown" && hasCustomOptions(v)) return true;
  }
  return false;
}
function varintSize(n) {
  let s = 1;
  while (n >= 128) {
    n = Math.floor(n / 128);
    s++;
  }
  return s;
}
var ByteWriter = class {
  buf = new Uint8Array(64);
  len = 0;
  reset() {
    this.len = 0;
  }
  ensure(n) {
    if (this.len + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.len + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.len));
    this.buf = next;
  }
  byte(b) {
    this.ensure(1);
    this.buf[this.len++] = b;
  }
  varint(n) {
    this.ensure(10);
    while (n >= 128) {
      this.buf[this.len++] = n & 127 | 128;
      n = Math.floor(n / 128);
    }
    this.buf[this.len++] = n;
  }
  raw(b) {
    this.ensure(b.length);
    this.buf.set(b, this.len);
    this.len += b.length;
  }
  string(tag, s) {
    const b = new TextEncoder().encode(s);
    this.byte(tag);
    this.varint(b.length);
    this.raw(b);
  }
  /** A copy of the bytes written so far. */
  bytes() {
    return this.buf.slice(0, this.len);
  }
};

// src/config/buf-yaml.ts
init_define_PROTOGUARD_WKT();
var import_yaml2 = __toESM(require_dist(), 1);
import { existsSync, readFileSync as readFileSync3 } from "node:fs";
import * as path2 from "node:path";

// src/config/modules.ts
init_define_PROTOGUARD_WKT();
var import_yaml = __toESM(require_dist(), 1);
import { readFileSync as readFileSync2 } from "node:fs";
import * as path from "node:path";
var ConfigError = class extends Error {
  constructor(file, line, column, detail) {
    super(line > 0 ? `${file}:${line}:${column}: ${detail}` : `${file}: ${detail}`);
    this.file = file;
    this.line = line;
    this.column = column;
    this.detail = detail;
    this.name = "ConfigError";
  }
  file;
  line;
  column;
  detail;
};
function loadModuleLayout(dir, displayDir2 = dir, override) {
  const bufYaml = override ? parseConfig(override.file, override.text, "buf.yaml") : readConfig(dir, displayDir2, "buf.yaml");
  const workYaml = override ? void 0 : readConfig(dir, displayDir2, "buf.work.yaml");
  if (bufYaml && bufYaml.version === "v2") return { configFile: bufYaml.file, roots: v2Roots(bufYaml) };
  if (workYaml) return { configFile: workYaml.file, roots: workRoots(dir, displayDir2, workYaml) };
  if (bufYaml) return { configFile: bufYaml.file, roots: v1Roots(bufYaml, ".") };
  return { roots: [{ dir: ".", excludes: [] }] };
}
function readConfig(dir, displayDir2, name) {
  const file = path.join(displayDir2, name);
  let text;
  try {
    text = readFileSync2(path.join(dir, name), "utf8");
  } catch (e) {
    const code = e.code;
    if (code === "ENOENT" || code === "ENOTDIR") return void 0;
    throw new ConfigError(file, 0, 0, `cannot read: ${code ?? String(e)}`);
  }
  return parseConfig(file, text, name);
}
function parseConfig(file, text, name) {
  const lines = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const err = doc.errors[0];
  if (err) {
    const pos = lines.linePos(err.pos[0]);
    throw new ConfigError(file, pos.line, pos.col, `invalid YAML: ${firstLine(err.message)}`);
  }
  const cfg = { file, doc, lines };
  if (doc.contents !== null && !(0, import_yaml.isMap)(doc.contents)) fail(cfg, doc.contents, "expected a mapping at the top level");
  const versionNode = nodeAt(doc.contents, "version");
  if (versionNode === void 0) {
    throw new ConfigError(file, 1, 1, `"version" is not set. Please add "version: v2"`);
  }
  const version = stringValue(cfg, versionNode, "version");
  const known = name === "buf.work.yaml" ? ["v1"] : ["v1beta1", "v1", "v2"];
  if (!known.includes(version)) fail(cfg, versionNode, `unknown file version: "${version}" (expected ${known.join(", ")})`);
  return { ...cfg, version };
}
function v2Roots(cfg) {
  const top = cfg.doc.contents;
  const modules = nodeAt(top, "modules");
  if (modules === void 0 || isNull(modules)) return [{ dir: ".", excludes: [] }];
  if (!(0, import_yaml.isSeq)(modules)) fail(cfg, modules, `"modules" must be a list of {path, excludes}`);
  const roots = [];
  const seen = /* @__PURE__ */ new Map();
  for (const item of modules.items) {
    if (!(0, import_yaml.isMap)(item)) fail(cfg, item, "a module must be a mapping with a `path`");
    const pathNode = nodeAt(item, "path");
    const dir = pathNode === void 0 ? "." : relativeDir(cfg, pathNode, "module path");
    const prev = seen.get(dir);
    if (prev) fail(cfg, pathNode ?? item, `module path "${dir}" is listed more than once`);
    seen.set(dir, item);
    const excludes = [];
    for (const [node, ex] of stringList(cfg, nodeAt(item, "excludes"), "excludes")) {
      const rel = relativeDir(cfg, node, "exclude path", ex);
      const inside = within(rel, dir);
      if (inside === void 0 || inside === ".") fail(cfg, node, `exclude path "${rel}" does not reside within module directory "${dir}"`);
      excludes.push(inside);
    }
    const includes = [];
    for (const [node, inc] of stringList(cfg, nodeAt(item, "includes"), "includes")) {
      const rel = relativeDir(cfg, node, "include path", inc);
      const inside = within(rel, dir);
      if (inside === void 0) fail(cfg, node, `include path "${rel}" does not reside within module directory "${dir}"`);
      includes.push(inside);
    }
    const name = moduleName(cfg, nodeAt(item, "name"));
    const root = { dir, excludes, ...includes.length > 0 && !includes.includes(".") ? { includes } : {} };
    roots.push(name ? { ...root, name } : root);
  }
  return roots;
}
function v1Roots(cfg, base) {
  const top = cfg.doc.contents;
  const build2 = nodeAt(top, "build");
  if (build2 !== void 0 && !isNull(build2) && !(0, import_yaml.isMap)(build2)) fail(cfg, build2, `"build" must be a mapping`);
  const name = moduleName(cfg, nodeAt(top, "name"));
  const excludeNodes = stringList(cfg, build2 && nodeAt(build2, "excludes"), "build.excludes");
  if (cfg.version === "v1") {
    if (build2 && nodeAt(build2, "roots") !== void 0) fail(cfg, nodeAt(build2, "roots"), `"build.roots" is only valid in version v1beta1; list directories in buf.work.yaml instead`);
    const excludes2 = excludeNodes.map(([node, ex]) => {
      const rel = relativeDir(cfg, node, "exclude path", ex);
      if (rel === ".") fail(cfg, node, `cannot exclude the module root itself`);
      return rel;
    });
    return [withName({ dir: base, excludes: excludes2 }, name)];
  }
  const rootNodes = stringList(cfg, build2 && nodeAt(build2, "roots"), "build.roots");
  const rootDirs = rootNodes.length === 0 ? ["."] : rootNodes.map(([node, r]) => relativeDir(cfg, node, "root", r));
  for (let i = 0; i < rootDirs.length; i++)
    for (let j = 0; j < rootDirs.length; j++)
      if (i !== j && within(rootDirs[i], rootDirs[j]) !== void 0 && (rootDirs[i] !== rootDirs[j] || i > j))
        fail(cfg, rootNodes[i][0], `root "${rootDirs[i]}" overlaps root "${rootDirs[j]}"`);
  const excludes = rootDirs.map(() => []);
  for (const [node, ex] of excludeNodes) {
    const rel = relativeDir(cfg, node, "exclude path", ex);
    let found = false;
    for (let i = 0; i < rootDirs.length; i++) {
      const inside = within(rel, rootDirs[i]);
      if (inside !== void 0 && inside !== ".") {
        excludes[i].push(inside);
        found = true;
      }
    }
    if (!found) fail(cfg, node, `exclude "${rel}" is not contained in any root, which is not valid`);
  }
  return rootDirs.map((d, i) => withName({ dir: joinRel(base, d), excludes: excludes[i] }, name));
}
function workRoots(dir, displayDir2, cfg) {
  const dirsNode = nodeAt(cfg.doc.contents, "directories");
  const dirs = stringList(cfg, dirsNode, "directories");
  if (dirs.length === 0) fail(cfg, dirsNode ?? cfg.doc.contents ?? void 0, `"directories" must list at least one module directory`);
  const roots = [];
  for (const [node, d] of dirs) {
    const rel = relativeDir(cfg, node, "directory", d);
    for (const r of roots) if (within(rel, r.dir) !== void 0 || within(r.dir, rel) !== void 0) fail(cfg, node, `directory "${rel}" overlaps directory "${r.dir}"`);
    const moduleCfg = readConfig(path.join(dir, rel), path.join(displayDir2, rel), "buf.yaml");
    if (moduleCfg && moduleCfg.version === "v2") fail(moduleCfg, nodeAt(moduleCfg.doc.contents, "version"), `a buf.yaml listed in buf.work.yaml must be version v1 or v1beta1`);
    roots.push(...moduleCfg ? v1Roots(moduleCfg, rel) : [{ dir: rel, excludes: [] }]);
  }
  return roots;
}
function fail(cfg, node, detail) {
  const offset = node?.range?.[0];
  if (offset === void 0) throw new ConfigError(cfg.file, 0, 0, detail);
  const pos = cfg.lines.linePos(offset);
  throw new ConfigError(cfg.file, pos.line, pos.col, detail);
}
function nodeAt(map, key2) {
  if (!(0, import_yaml.isMap)(map)) return void 0;
  for (const pair of map.items) {
    const k = pair.key;
    if ((0, import_yaml.isScalar)(k) && k.value === key2) return pair.value ?? void 0;
  }
  return void 0;
}
function isNull(node) {
  return (0, import_yaml.isScalar)(node) && node.value === null;
}
function stringValue(cfg, node, what) {
  if (!(0, import_yaml.isScalar)(node) || typeof node.value !== "string" && typeof node.value !== "number") fail(cfg, node, `"${what}" must be a string`);
  return String(node.value);
}
function stringList(cfg, node, what) {
  if (node === void 0 || isNull(node)) return [];
  if (!(0, import_yaml.isSeq)(node)) fail(cfg, node, `"${what}" must be a list of strings`);
  return node.items.map((item) => [item, stringValue(cfg, item, what)]);
}
function relativeDir(cfg, node, what, value) {
  const raw = value ?? stringValue(cfg, node, what);
  if (raw === "") fail(cfg, node, `${what} must not be empty`);
  if (raw.startsWith("/") || raw.includes("\\") || /^[A-Za-z]:/.test(raw)) fail(cfg, node, `${what} "${raw}" must be a relative path with / separators`);
  const norm = path.posix.normalize(raw).replace(/\/+$/, "");
  if (norm === ".." || norm.startsWith("../")) fail(cfg, node, `${what} "${raw}" must not point outside the workspace directory`);
  return norm === "" ? "." : norm;
}
function within(child, parent) {
  if (parent === ".") return child;
  if (child === parent) return ".";
  if (child.startsWith(parent + "/")) return child.slice(parent.length + 1);
  return void 0;
}
function joinRel(base, d) {
  return base === "." ? d : d === "." ? base : `${base}/${d}`;
}
function moduleName(cfg, node) {
  if (node === void 0 || isNull(node)) return void 0;
  const s = stringValue(cfg, node, "name");
  const parts = s.split("/");
  if (parts.length !== 3 || parts.some((p) => p === "")) fail(cfg, node, `module name "${s}" must have the form remote/owner/repository`);
  return { remote: parts[0], owner: parts[1], repository: parts[2] };
}
function withName(root, name) {
  return name ? { ...root, name } : root;
}
function firstLine(s) {
  const i = s.indexOf("\n");
  return i === -1 ? s : s.slice(0, i);
}

// src/config/buf-yaml.ts
var PROTOGUARD_YAML = "protoguard.yaml";
function readConfigArgument(arg, cwd) {
  const abs = path2.resolve(cwd, arg);
  if (!existsSync(abs) && !/\.(ya?ml|json)$/i.test(arg)) return { file: "--config", text: arg };
  try {
    return { file: arg, text: readFileSync3(abs, "utf8") };
  } catch (e) {
    throw new ConfigError(arg, 0, 0, `cannot read the --config file: ${e.code ?? String(e)}`);
  }
}
function findProtoguardYaml(dirAbs, displayDir2) {
  const abs = path2.join(dirAbs, PROTOGUARD_YAML);
  if (!existsSync(abs)) return void 0;
  try {
    return { file: path2.join(displayDir2, PROTOGUARD_YAML), text: readFileSync3(abs, "utf8") };
  } catch (e) {
    throw new ConfigError(path2.join(displayDir2, PROTOGUARD_YAML), 0, 0, `cannot read: ${e.code ?? String(e)}`);
  }
}
function loadWorkspaceConfig(dirAbs, displayDir2, override) {
  const given = override ?? findProtoguardYaml(dirAbs, displayDir2);
  const layout = loadModuleLayout(dirAbs, displayDir2, given);
  if (given) {
    const doc = parse2(given.file, given.text);
    const pg = given.file.endsWith(PROTOGUARD_YAML) && !override;
    if (pg && doc.version !== "v2") fail2(doc, nodeAt2(doc.doc.contents, "version"), `${PROTOGUARD_YAML} must be "version: v2"`);
    return fromBufYaml(doc, layout, pg);
  }
  const bufYaml = readIfExists(dirAbs, displayDir2, "buf.yaml");
  const workYaml = readIfExists(dirAbs, displayDir2, "buf.work.yaml");
  if (bufYaml && bufYaml.version === "v2") return fromBufYaml(bufYaml, layout, false);
  if (workYaml) {
    checkKeys(workYaml, workYaml.doc.contents ?? void 0, WORK_KEYS, "");
    const dirs = seq(workYaml, nodeAt2(workYaml.doc.contents, "directories"), "directories").map(
      (n) => path2.posix.normalize(str(workYaml, n, "directories")).replace(/\/+$/, "")
    );
    const modules = [];
    for (const d of dirs) {
      const roots = layout.roots.flatMap((r, i) => within(r.dir, d) !== void 0 ? [i] : []);
      const cfg = readIfExists(path2.join(dirAbs, d), path2.join(displayDir2, d), "buf.yaml");
      modules.push(cfg ? v1Module(cfg, d, roots) : defaultModule(d, roots));
    }
    return { file: workYaml.file, layout, modules, protoguard: {} };
  }
  const all = layout.roots.map((_, i) => i);
  if (bufYaml) return { file: bufYaml.file, layout, modules: [v1Module(bufYaml, ".", all)], protoguard: {} };
  return { file: void 0, layout, modules: [defaultModule(".", all)], protoguard: {} };
}
var V1_TOP_KEYS = ["version", "name", "deps", "build", "lint", "breaking"];
var V2_TOP_KEYS = ["version", "name", "modules", "deps", "lint", "breaking", "plugins", "policies"];
var V2_MODULE_KEYS = ["path", "name", "includes", "excludes", "lint", "breaking"];
var WORK_KEYS = ["version", "directories"];
var CHECK_KEYS = ["use", "except", "ignore", "ignore_only", "disable_builtin"];
var LINT_OPTION_KEYS = [
  "enum_zero_value_suffix",
  "rpc_allow_same_request_response",
  "rpc_allow_google_protobuf_empty_requests",
  "rpc_allow_google_protobuf_empty_responses",
  "service_suffix"
];
var V1_LINT_KEYS = [...CHECK_KEYS, ...LINT_OPTION_KEYS, "allow_comment_ignores"];
var V2_LINT_KEYS = [...CHECK_KEYS, ...LINT_OPTION_KEYS, "disallow_comment_ignores"];
var BREAKING_KEYS = [...CHECK_KEYS, "ignore_unstable_packages"];
function v1Module(cfg, dir, roots) {
  if (cfg.version === "v2") fail2(cfg, nodeAt2(cfg.doc.contents, "version"), `a buf.yaml listed in buf.work.yaml must be version v1 or v1beta1`);
  const top = cfg.doc.contents;
  checkKeys(cfg, top ?? void 0, V1_TOP_KEYS, "");
  const build2 = nodeAt2(top, "build");
  checkKeys(cfg, build2, cfg.version === "v1beta1" ? ["roots", "excludes"] : ["excludes"], "build.");
  strings(cfg, nodeAt2(top, "deps"), "deps");
  return {
    version: cfg.version,
    dir,
    roots,
    lint: lintBlock(cfg, nodeAt2(top, "lint"), V1_LINT_KEYS, {}),
    breaking: breakingBlock(cfg, nodeAt2(top, "breaking")),
    pathsRelativeTo: "module",
    ownLint: true,
    ownBreaking: true
  };
}
function fromBufYaml(cfg, layout, protoguardYaml) {
  if (cfg.version !== "v2") {
    const all = layout.roots.map((_, i) => i);
    return { file: cfg.file, layout, modules: [v1Module(cfg, ".", all)], protoguard: {} };
  }
  const top = cfg.doc.contents;
  checkKeys(cfg, top ?? void 0, protoguardYaml ? [...V2_TOP_KEYS, "protoguard"] : V2_TOP_KEYS, "");
  strings(cfg, nodeAt2(top, "deps"), "deps");
  checkPlugins(cfg, nodeAt2(top, "plugins"));
  checkPolicies(cfg, nodeAt2(top, "policies"));
  const protoguard = protoguardYaml ? mapping(cfg, nodeAt2(top, "protoguard"), "protoguard") : {};
  const lintKeys = protoguardYaml ? [...V2_LINT_KEYS, "protoguard"] : V2_LINT_KEYS;
  const topLint = lintBlock(cfg, nodeAt2(top, "lint"), lintKeys, protoguard);
  const topBreaking = breakingBlock(cfg, nodeAt2(top, "breaking"));
  const moduleNodes = nodeAt2(top, "modules");
  const items = moduleNodes === void 0 || isNull2(moduleNodes) ? [void 0] : seq(cfg, moduleNodes, "modules");
  const modules = items.map((item, i) => {
    checkKeys(cfg, item, V2_MODULE_KEYS, "modules[].");
    const ownLint = item === void 0 ? void 0 : lintBlock(cfg, nodeAt2(item, "lint"), lintKeys, protoguard);
    const ownBreaking = item === void 0 ? void 0 : breakingBlock(cfg, nodeAt2(item, "breaking"));
    const lintOwn = ownLint !== void 0 && !isEmptyLint(ownLint);
    const breakingOwn = ownBreaking !== void 0 && !isEmptyBreaking(ownBreaking);
    return {
      version: "v2",
      dir: layout.roots[i]?.dir ?? ".",
      roots: [i],
      lint: lintOwn ? ownLint : topLint,
      breaking: breakingOwn ? ownBreaking : topBreaking,
      pathsRelativeTo: "workspace",
      ownLint: lintOwn,
      ownBreaking: breakingOwn
    };
  });
  return { file: cfg.file, layout, modules, protoguard };
}
function defaultModule(dir, roots) {
  return {
    version: "v1",
    dir,
    roots,
    lint: { ...emptyCheck("(defaults)"), ...DEFAULT_LINT_VALUES, extra: {} },
    breaking: { ...emptyCheck("(defaults)"), ignoreUnstablePackages: false },
    pathsRelativeTo: "module",
    ownLint: true,
    ownBreaking: true
  };
}
var DEFAULT_LINT_VALUES = {
  enumZeroValueSuffix: "",
  serviceSuffix: "",
  rpcAllowSameRequestResponse: false,
  rpcAllowGoogleProtobufEmptyRequests: false,
  rpcAllowGoogleProtobufEmptyResponses: false,
  allowCommentIgnores: false,
  disallowCommentIgnores: false
};
function emptyCheck(file) {
  return { file, use: [], except: [], ignore: [], ignoreOnly: [], disableBuiltin: false };
}
function checkBlock(cfg, node, what) {
  const ignoreOnly = [];
  const io = nodeAt2(node, "ignore_only");
  if (io !== void 0 && !isNull2(io)) {
    if (!(0, import_yaml2.isMap)(io)) fail2(cfg, io, `"${what}.ignore_only" must be a mapping from rule or category IDs to lists of paths`);
    for (const pair of io.items) {
      const k = pair.key;
      ignoreOnly.push({ id: located(cfg, k, str(cfg, k, `${what}.ignore_only`)), paths: strings(cfg, pair.value ?? void 0, `${what}.ignore_only.${String(k.value)}`) });
    }
  }
  return {
    file: cfg.file,
    use: strings(cfg, nodeAt2(node, "use"), `${what}.use`),
    except: strings(cfg, nodeAt2(node, "except"), `${what}.except`),
    ignore: strings(cfg, nodeAt2(node, "ignore"), `${what}.ignore`),
    ignoreOnly,
    disableBuiltin: bool(cfg, nodeAt2(node, "disable_builtin"), `${what}.disable_builtin`)
  };
}
function lintBlock(cfg, node, keys, topExtra) {
  checkKeys(cfg, node, keys, "lint.");
  const own = mapping(cfg, nodeAt2(node, "protoguard"), "lint.protoguard");
  return {
    ...checkBlock(cfg, node, "lint"),
    enumZeroValueSuffix: optStr(cfg, nodeAt2(node, "enum_zero_value_suffix"), "lint.enum_zero_value_suffix"),
    serviceSuffix: optStr(cfg, nodeAt2(node, "service_suffix"), "lint.service_suffix"),
    rpcAllowSameRequestResponse: bool(cfg, nodeAt2(node, "rpc_allow_same_request_response"), "lint.rpc_allow_same_request_response"),
    rpcAllowGoogleProtobufEmptyRequests: bool(cfg, nodeAt2(node, "rpc_allow_google_protobuf_empty_requests"), "lint.rpc_allow_google_protobuf_empty_requests"),
    rpcAllowGoogleProtobufEmptyResponses: bool(cfg, nodeAt2(node, "rpc_allow_google_protobuf_empty_responses"), "lint.rpc_allow_google_protobuf_empty_responses"),
    allowCommentIgnores: bool(cfg, nodeAt2(node, "allow_comment_ignores"), "lint.allow_comment_ignores"),
    disallowCommentIgnores: bool(cfg, nodeAt2(node, "disallow_comment_ignores"), "lint.disallow_comment_ignores"),
    extra: { ...topExtra, ...own }
  };
}
function breakingBlock(cfg, node) {
  checkKeys(cfg, node, BREAKING_KEYS, "breaking.");
  return { ...checkBlock(cfg, node, "breaking"), ignoreUnstablePackages: bool(cfg, nodeAt2(node, "ignore_unstable_packages"), "breaking.ignore_unstable_packages") };
}
function isEmptyCheck(b) {
  return b.use.length === 0 && b.except.length === 0 && b.ignore.length === 0 && b.ignoreOnly.length === 0 && !b.disableBuiltin;
}
function isEmptyLint(b) {
  return isEmptyCheck(b) && b.enumZeroValueSuffix === "" && b.serviceSuffix === "" && !b.rpcAllowSameRequestResponse && !b.rpcAllowGoogleProtobufEmptyRequests && !b.rpcAllowGoogleProtobufEmptyResponses && !b.disallowCommentIgnores;
}
function isEmptyBreaking(b) {
  return isEmptyCheck(b) && !b.ignoreUnstablePackages;
}
function checkPlugins(cfg, node) {
  for (const item of seq(cfg, node, "plugins")) {
    if (!(0, import_yaml2.isMap)(item)) fail2(cfg, item, `a plugin must be a mapping with "plugin" and optional "options"`);
    checkKeys(cfg, item, ["plugin", "options"], "plugins[].");
    mapping(cfg, nodeAt2(item, "options"), "plugins[].options");
  }
}
function checkPolicies(cfg, node) {
  for (const item of seq(cfg, node, "policies")) {
    if (!(0, import_yaml2.isMap)(item)) fail2(cfg, item, `a policy must be a mapping with "policy", "ignore" and "ignore_only"`);
    checkKeys(cfg, item, ["policy", "ignore", "ignore_only"], "policies[].");
  }
}
function readIfExists(dirAbs, displayDir2, name) {
  const file = path2.join(displayDir2, name);
  let text;
  try {
    text = readFileSync3(path2.join(dirAbs, name), "utf8");
  } catch (e) {
    const code = e.code;
    if (code === "ENOENT" || code === "ENOTDIR") return void 0;
    throw new ConfigError(file, 0, 0, `cannot read: ${code ?? String(e)}`);
  }
  return parse2(file, text);
}
function parse2(file, text) {
  const lines = new import_yaml2.LineCounter();
  const doc = (0, import_yaml2.parseDocument)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const err = doc.errors[0];
  if (err) {
    const pos = lines.linePos(err.pos[0]);
    throw new ConfigError(file, pos.line, pos.col, `invalid YAML: ${err.message.split("\n")[0]}`);
  }
  const cfg = { file, doc, lines, version: "v1" };
  if (doc.contents !== null && !(0, import_yaml2.isMap)(doc.contents)) fail2(cfg, doc.contents, "expected a mapping at the top level");
  const v = nodeAt2(doc.contents, "version");
  const version = v === void 0 ? void 0 : str(cfg, v, "version");
  if (version !== "v1beta1" && version !== "v1" && version !== "v2") {
    fail2(cfg, v, version === void 0 ? `"version" is not set: add "version: v2"` : `unknown version "${version}": expected v1beta1, v1 or v2`);
  }
  return { ...cfg, version };
}
function fail2(cfg, node, detail) {
  const offset = node?.range?.[0];
  if (offset === void 0) throw new ConfigError(cfg.file, 0, 0, detail);
  const pos = cfg.lines.linePos(offset);
  throw new ConfigError(cfg.file, pos.line, pos.col, detail);
}
function located(cfg, node, value) {
  const offset = node.range?.[0];
  if (offset === void 0) return { value, file: cfg.file, line: 0, column: 0 };
  const pos = cfg.lines.linePos(offset);
  return { value, file: cfg.file, line: pos.line, column: pos.col };
}
function nodeAt2(map, key2) {
  if (!(0, import_yaml2.isMap)(map)) return void 0;
  for (const pair of map.items) {
    const k = pair.key;
    if ((0, import_yaml2.isScalar)(k) && k.value === key2) return pair.value ?? void 0;
  }
  return void 0;
}
function isNull2(node) {
  return (0, import_yaml2.isScalar)(node) && node.value === null;
}
function checkKeys(cfg, node, known, prefix) {
  if (node === void 0 || isNull2(node)) return;
  const what = prefix === "" ? "the top level" : `"${prefix.slice(0, -1)}"`;
  if (!(0, import_yaml2.isMap)(node)) fail2(cfg, node, `${what} must be a mapping`);
  for (const pair of node.items) {
    const k = pair.key;
    const name = (0, import_yaml2.isScalar)(k) ? String(k.value) : "?";
    if (!known.includes(name)) {
      const hint = closest(name, known);
      fail2(cfg, k, `unknown key "${prefix}${name}"${hint ? `: did you mean "${prefix}${hint}"?` : ""} (${what} accepts ${known.join(", ")})`);
    }
  }
}
function closest(name, known) {
  let best;
  let bestD = Math.max(2, Math.floor(name.length / 3)) + 1;
  for (const k of known) {
    const d = editDistance(name, k);
    if (d < bestD) [best, bestD] = [k, d];
  }
  return best;
}
function editDistance(a, b) {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}
function str(cfg, node, what) {
  if (!(0, import_yaml2.isScalar)(node) || typeof node.value !== "string" && typeof node.value !== "number") fail2(cfg, node, `"${what}" must be a string`);
  return String(node.value);
}
function optStr(cfg, node, what) {
  return node === void 0 || isNull2(node) ? "" : str(cfg, node, what);
}
function bool(cfg, node, what) {
  if (node === void 0 || isNull2(node)) return false;
  if (!(0, import_yaml2.isScalar)(node) || typeof node.value !== "boolean") fail2(cfg, node, `"${what}" must be true or false`);
  return node.value;
}
function seq(cfg, node, what) {
  if (node === void 0 || isNull2(node)) return [];
  if (!(0, import_yaml2.isSeq)(node)) fail2(cfg, node, `"${what}" must be a list`);
  return node.items;
}
function strings(cfg, node, what) {
  if (node !== void 0 && !isNull2(node) && !(0, import_yaml2.isSeq)(node)) fail2(cfg, node, `"${what}" must be a list of strings`);
  return seq(cfg, node, what).map((n) => located(cfg, n, str(cfg, n, what)));
}
function mapping(cfg, node, what) {
  if (node === void 0 || isNull2(node)) return {};
  if (!(0, import_yaml2.isMap)(node)) fail2(cfg, node, `"${what}" must be a mapping`);
  return node.toJSON();
}

// src/cli/lint.ts
init_define_PROTOGUARD_WKT();

// src/config/rulesets.ts
init_define_PROTOGUARD_WKT();
import * as path3 from "node:path";

// src/engine/rule.ts
init_define_PROTOGUARD_WKT();
var DEFAULT_LINT_OPTIONS = {
  enumZeroValueSuffix: "_UNSPECIFIED",
  serviceSuffix: "Service",
  rpcAllowSameRequestResponse: false,
  rpcAllowGoogleProtobufEmptyRequests: false,
  rpcAllowGoogleProtobufEmptyResponses: false,
  extra: {}
};
function lintRule(rule) {
  return { kind: "lint", ...rule };
}

// src/config/rulesets.ts
var LINT_CATEGORIES = {
  categories: {
    v1beta1: [
      "MINIMAL",
      "BASIC",
      "DEFAULT",
      "STANDARD",
      "FILE_LAYOUT",
      "PACKAGE_AFFINITY",
      "SENSIBLE",
      "STYLE_BASIC",
      "STYLE_DEFAULT",
      "STYLE_STANDARD",
      "COMMENTS",
      "UNARY_RPC",
      "OTHER"
    ],
    v1: ["MINIMAL", "BASIC", "DEFAULT", "STANDARD", "COMMENTS", "UNARY_RPC"],
    v2: ["MINIMAL", "BASIC", "DEFAULT", "STANDARD", "COMMENTS", "UNARY_RPC"]
  },
  deprecated: { DEFAULT: "STANDARD", STYLE_DEFAULT: "STYLE_STANDARD" },
  defaultCategory: "STANDARD"
};
function resolveRules(block, module, own, all, spec, kind) {
  const version = module.version;
  const rules = all.filter((r) => r.categories[version] !== void 0);
  const byId = new Map(rules.map((r) => [r.id, r]));
  const categories = new Set(spec.categories[version]);
  const warnings = [];
  const warned = /* @__PURE__ */ new Set();
  const source = block.file;
  const expand = (id) => {
    const rule = byId.get(id.value);
    if (rule) {
      if (rule.deprecated && !warned.has(id.value)) {
        warned.add(id.value);
        const instead = rule.replacements?.length ? `use ${rule.replacements.join(", ")} instead` : "it checks nothing now; remove it";
        warnings.push(`${where(id)}: rule ${id.value} is deprecated: ${instead}`);
      }
      return [rule];
    }
    if (categories.has(id.value)) {
      const replacement = spec.deprecated[id.value];
      if (replacement !== void 0 && !warned.has(id.value)) {
        warned.add(id.value);
        warnings.push(`${where(id)}: category ${id.value} is deprecated: write ${replacement} instead (same rules)`);
      }
      const cat = replacement ?? id.value;
      return rules.filter((r) => r.categories[version].some((c) => c === cat || spec.deprecated[c] === cat));
    }
    throw new ConfigError(id.file, id.line, id.column, unknownId(id.value, version, all, categories, spec, kind));
  };
  const chosen = /* @__PURE__ */ new Set();
  if (block.use.length === 0) {
    for (const r of rules) if (r.categories[version].includes(spec.defaultCategory)) chosen.add(r);
  } else for (const id of block.use) for (const r of expand(id)) chosen.add(r);
  for (const id of block.except) for (const r of expand(id)) chosen.delete(r);
  const result = [...chosen].filter((r) => !r.deprecated);
  if (result.length === 0)
    warnings.push(`${source}: no ${kind} rule is enabled: "use" and "except" leave nothing to check (buf stops with an internal error here)`);
  const ignore = [];
  for (const p of block.ignore) {
    const rel = moduleRelative(p, module, own, `${kind}.ignore`);
    if (rel !== void 0) ignore.push(rel);
  }
  const ignoreOnly = {};
  for (const { id, paths } of block.ignoreOnly) {
    const ids = expand(id).map((r) => r.id);
    const rels = paths.flatMap((p) => moduleRelative(p, module, own, `${kind}.ignore_only`) ?? []);
    for (const rid of ids) (ignoreOnly[rid] ??= []).push(...rels);
  }
  return { rules: result, ignore, ignoreOnly, warnings };
}
function resolveLint(module, all) {
  const b = module.lint;
  const base = resolveRules(b, module, module.ownLint, all, LINT_CATEGORIES, "lint");
  return {
    ...base,
    version: module.version,
    options: {
      enumZeroValueSuffix: b.enumZeroValueSuffix || DEFAULT_LINT_OPTIONS.enumZeroValueSuffix,
      serviceSuffix: b.serviceSuffix || DEFAULT_LINT_OPTIONS.serviceSuffix,
      rpcAllowSameRequestResponse: b.rpcAllowSameRequestResponse,
      rpcAllowGoogleProtobufEmptyRequests: b.rpcAllowGoogleProtobufEmptyRequests,
      rpcAllowGoogleProtobufEmptyResponses: b.rpcAllowGoogleProtobufEmptyResponses,
      extra: b.extra
    },
    // v2: on unless disallowed; v1/v1beta1: off unless allowed.
    commentIgnores: module.version === "v2" ? !b.disallowCommentIgnores : b.allowCommentIgnores
  };
}
function where(l) {
  return l.line > 0 ? `${l.file}:${l.line}:${l.column}` : l.file;
}
function unknownId(id, version, all, categories, spec, kind) {
  const other = all.find((r) => r.id === id);
  if (other) {
    const versions = Object.keys(other.categories).join(", ");
    return `${kind} rule ${id} does not exist in config version ${version} (only in ${versions})`;
  }
  const inOther = Object.keys(spec.categories).filter((v) => spec.categories[v].includes(id));
  if (inOther.length > 0) return `${kind} category ${id} does not exist in config version ${version} (only in ${inOther.join(", ")})`;
  const upper = id.toUpperCase();
  const near = [...categories, ...all.map((r) => r.id)].find((c) => c === upper);
  return `"${id}" is not a known ${kind} rule or category ID${near ? `: did you mean ${near}? (IDs are upper case)` : `; run "protoguard rules" for the list`}`;
}
function moduleRelative(p, module, own, key2) {
  const raw = p.value;
  if (raw === "" || raw.startsWith("/") || raw.includes("\\")) throw new ConfigError(p.file, p.line, p.column, `${key2}: "${raw}" must be a relative path with / separators`);
  const norm = path3.posix.normalize(raw).replace(/\/+$/, "") || ".";
  if (norm === ".." || norm.startsWith("../")) throw new ConfigError(p.file, p.line, p.column, `${key2}: "${raw}" points outside the workspace`);
  if (module.pathsRelativeTo === "module" || module.dir === ".") return norm;
  if (norm === module.dir) return ".";
  if (norm.startsWith(module.dir + "/")) return norm.slice(module.dir.length + 1);
  if (own)
    throw new ConfigError(
      p.file,
      p.line,
      p.column,
      `${key2}: "${raw}" is not inside module directory "${module.dir}": in a v2 config, paths start at the workspace, so write "${module.dir}/${norm}"`
    );
  return void 0;
}

// src/engine/findings.ts
init_define_PROTOGUARD_WKT();
function findingAt(ruleId, message2, file, location2, elementPath, extras, severity = "error") {
  const base = {
    ruleId,
    severity,
    message: message2,
    file: file.name,
    displayPath: file.displayPath,
    ...extras?.fix ? { fix: extras.fix } : {}
  };
  if (!location2) {
    return { ...base, startLine: 0, startColumn: 0, endLine: 0, endColumn: 0, elementPath: void 0 };
  }
  return {
    ...base,
    startLine: location2.startLine + 1,
    startColumn: location2.startColumn + 1,
    endLine: location2.endLine + 1,
    endColumn: location2.endColumn + 1,
    elementPath
  };
}
function compareFindings(a, b) {
  const pa = a.file === void 0 ? void 0 : a.displayPath ?? a.file;
  const pb = b.file === void 0 ? void 0 : b.displayPath ?? b.file;
  if (pa !== pb) {
    if (pa === void 0) return -1;
    if (pb === void 0) return 1;
    return pa < pb ? -1 : 1;
  }
  return a.startLine - b.startLine || a.startColumn - b.startColumn || cmp(a.ruleId, b.ruleId) || cmp(a.message, b.message) || a.endLine - b.endLine || a.endColumn - b.endColumn;
}
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function key(f) {
  const p = f.file === void 0 ? "" : f.displayPath ?? f.file;
  return `${p}\0${f.startLine}\0${f.startColumn}\0${f.endLine}\0${f.endColumn}\0${f.ruleId}\0${f.message}`;
}
function dedupeAndSort(findings) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const f of findings) {
    const k = key(f);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(f);
  }
  return out.sort(compareFindings);
}

// src/engine/model.ts
init_define_PROTOGUARD_WKT();
var FILE_PACKAGE = 2;
var FILE_DEPENDENCY = 3;
var FILE_MESSAGE_TYPE = 4;
var FILE_ENUM_TYPE = 5;
var FILE_SERVICE = 6;
var FILE_EXTENSION = 7;
var FILE_OPTIONS = 8;
var FILE_SYNTAX = 12;
var MESSAGE_NAME = 1;
var MESSAGE_FIELD = 2;
var MESSAGE_NESTED_TYPE = 3;
var MESSAGE_ENUM_TYPE = 4;
var MESSAGE_EXTENSION_RANGE = 5;
var MESSAGE_EXTENSION = 6;
var MESSAGE_OPTIONS = 7;
var MESSAGE_ONEOF_DECL = 8;
var MESSAGE_RESERVED_RANGE = 9;
var MESSAGE_RESERVED_NAME = 10;
var FIELD_NAME = 1;
var FIELD_DEFAULT_VALUE = 7;
var FIELD_OPTIONS = 8;
var ONEOF_NAME2 = 1;
var ENUM_NAME = 1;
var ENUM_VALUE = 2;
var ENUM_OPTIONS = 3;
var ENUM_RESERVED_RANGE = 4;
var ENUM_RESERVED_NAME = 5;
var ENUM_VALUE_NAME = 1;
var ENUM_VALUE_NUMBER = 2;
var ENUM_VALUE_OPTIONS = 3;
var SERVICE_NAME = 1;
var SERVICE_METHOD = 2;
var SERVICE_OPTIONS = 3;
var METHOD_NAME = 1;
var METHOD_INPUT_TYPE = 2;
var METHOD_OUTPUT_TYPE = 3;
var METHOD_OPTIONS = 4;
var FileLocations = class {
  constructor(proto) {
    this.proto = proto;
  }
  proto;
  index;
  /** The first location recorded at exactly `path`, if any. */
  get(path7) {
    if (!this.index) {
      this.index = /* @__PURE__ */ new Map();
      for (const loc2 of this.proto.sourceCodeInfo?.location ?? []) {
        const key2 = loc2.path.join(".");
        if (!this.index.has(key2)) this.index.set(key2, loc2);
      }
    }
    const loc = this.index.get(path7.join("."));
    if (!loc) return void 0;
    const s = loc.span;
    const four = s.length === 4;
    return {
      startLine: s[0],
      startColumn: s[1],
      endLine: four ? s[2] : s[0],
      endColumn: four ? s[3] : s[2],
      leadingComments: loc.leadingComments,
      trailingComments: loc.trailingComments,
      leadingDetachedComments: loc.leadingDetachedComments
    };
  }
  /** Whether the file has source info at all. */
  get present() {
    return (this.proto.sourceCodeInfo?.location.length ?? 0) > 0;
  }
};
var Model = class {
  files;
  byName = /* @__PURE__ */ new Map();
  types;
  constructor(inputs) {
    this.files = inputs.map((i) => buildFile(i));
    for (const f of this.files) this.byName.set(f.name, f);
    for (const f of this.files) {
      for (const imp of f.imports) imp.target = this.byName.get(imp.name);
    }
  }
  /** The files checked (not imports). */
  get targets() {
    return this.files.filter((f) => !f.isImport);
  }
  file(name) {
    return this.byName.get(name);
  }
  /** A message or enum by full name (no leading dot), across every file of the build. */
  type(fullName) {
    if (!this.types) {
      this.types = /* @__PURE__ */ new Map();
      for (const f of this.files) for (const t of allTypes(f)) this.types.set(t.fullName, t);
    }
    return this.types.get(fullName.startsWith(".") ? fullName.slice(1) : fullName);
  }
};
function* walk(file) {
  yield file;
  yield* file.imports;
  for (const m of file.messages) yield* walkMessage(m);
  for (const e of file.enums) yield* walkEnum(e);
  for (const x of file.extensions) yield x;
  for (const s of file.services) {
    yield s;
    yield* s.methods;
  }
}
function* walkMessage(m) {
  yield m;
  for (const f of m.fields) yield f;
  for (const o of m.oneofs) yield o;
  for (const x of m.extensions) yield x;
  for (const n of m.messages) yield* walkMessage(n);
  for (const e of m.enums) yield* walkEnum(e);
}
function* walkEnum(e) {
  yield e;
  yield* e.values;
}
function* allTypes(file) {
  for (const el of walk(file)) if (el.kind === "message" || el.kind === "enum") yield el;
}
function strip(name) {
  if (!name) return void 0;
  return name.startsWith(".") ? name.slice(1) : name;
}
function join4(prefix, name) {
  return prefix ? `${prefix}.${name}` : name;
}
function buildFile(input) {
  const proto = input.proto;
  const syntax = proto.syntax === "proto3" ? "proto3" : proto.syntax === "editions" ? "editions" : "proto2";
  const pkg = proto.package;
  const file = {
    kind: "file",
    name: proto.name,
    displayPath: input.displayPath ?? proto.name,
    proto,
    syntax,
    edition: syntax === "editions" ? editionName(proto.edition) : void 0,
    syntaxUnspecified: input.syntaxUnspecified ?? false,
    package: pkg,
    isImport: input.isImport,
    path: [],
    locations: new FileLocations(proto),
    toString: () => `file ${proto.name}`
  };
  const unused = new Set(input.unusedDependencies ?? []);
  const pub = new Set(proto.publicDependency);
  const weak = new Set(proto.weakDependency);
  file.imports = proto.dependency.map((name, index) => ({
    kind: "import",
    file,
    path: [FILE_DEPENDENCY, index],
    index,
    name,
    isPublic: pub.has(index),
    isWeak: weak.has(index),
    isUnused: unused.has(index),
    target: void 0,
    toString: () => `import "${name}"`
  }));
  file.messages = proto.messageType.map((m, i) => buildMessage(file, m, [FILE_MESSAGE_TYPE, i], pkg, void 0));
  file.enums = proto.enumType.map((e, i) => buildEnum(file, e, [FILE_ENUM_TYPE, i], pkg, void 0));
  file.extensions = proto.extension.map((x, i) => buildField(file, x, [FILE_EXTENSION, i], pkg, void 0, true, []));
  file.services = proto.service.map((s, i) => buildService(file, s, [FILE_SERVICE, i], pkg));
  return file;
}
function editionName(edition) {
  if (edition === 1e3) return "2023";
  if (edition === 1001) return "2024";
  return String(edition);
}
function buildMessage(file, proto, path7, scope, parent) {
  const fullName = join4(scope, proto.name);
  const m = {
    kind: "message",
    file,
    path: path7,
    name: proto.name,
    fullName,
    proto,
    parent,
    isMapEntry: proto.options?.mapEntry === true,
    toString: () => `message ${fullName}`
  };
  const oneofs = proto.oneofDecl.map((o, i) => ({
    kind: "oneof",
    file,
    path: [...path7, MESSAGE_ONEOF_DECL, i],
    name: o.name,
    index: i,
    proto: o,
    parent: m,
    fields: [],
    synthetic: false,
    toString: () => `oneof ${fullName}.${o.name}`
  }));
  m.oneofs = oneofs;
  m.fields = proto.field.map((f, i) => buildField(file, f, [...path7, MESSAGE_FIELD, i], fullName, m, false, oneofs));
  for (const o of oneofs) {
    const members = m.fields.filter((f) => f.oneof === o);
    o.fields = members;
    o.synthetic = members.length === 1 && members[0].proto.proto3Optional === true;
  }
  m.messages = proto.nestedType.map((n, i) => buildMessage(file, n, [...path7, MESSAGE_NESTED_TYPE, i], fullName, m));
  m.enums = proto.enumType.map((e, i) => buildEnum(file, e, [...path7, MESSAGE_ENUM_TYPE, i], fullName, m));
  m.extensions = proto.extension.map((x, i) => buildField(file, x, [...path7, MESSAGE_EXTENSION, i], fullName, m, true, []));
  return m;
}
function buildField(file, proto, path7, scope, parent, isExtension2, oneofs) {
  const fullName = join4(scope, proto.name);
  return {
    kind: "field",
    file,
    path: path7,
    name: proto.name,
    fullName,
    number: proto.number,
    proto,
    parent,
    isExtension: isExtension2,
    oneof: !isExtension2 && proto.oneofIndex !== void 0 ? oneofs[proto.oneofIndex] : void 0,
    typeName: strip(proto.typeName),
    extendee: strip(proto.extendee),
    toString: () => `${isExtension2 ? "extension" : "field"} ${fullName}`
  };
}
function buildEnum(file, proto, path7, scope, parent) {
  const fullName = join4(scope, proto.name);
  const e = {
    kind: "enum",
    file,
    path: path7,
    name: proto.name,
    fullName,
    proto,
    parent,
    toString: () => `enum ${fullName}`
  };
  e.values = proto.value.map((v, i) => ({
    kind: "enumValue",
    file,
    path: [...path7, ENUM_VALUE, i],
    name: v.name,
    fullName: join4(scope, v.name),
    number: v.number,
    proto: v,
    parent: e,
    toString: () => `enum value ${join4(scope, v.name)}`
  }));
  return e;
}
function buildService(file, proto, path7, scope) {
  const fullName = join4(scope, proto.name);
  const s = {
    kind: "service",
    file,
    path: path7,
    name: proto.name,
    fullName,
    proto,
    toString: () => `service ${fullName}`
  };
  s.methods = proto.method.map((md, i) => ({
    kind: "method",
    file,
    path: [...path7, SERVICE_METHOD, i],
    name: md.name,
    fullName: `${fullName}.${md.name}`,
    proto: md,
    parent: s,
    inputType: strip(md.inputType) ?? "",
    outputType: strip(md.outputType) ?? "",
    clientStreaming: md.clientStreaming === true,
    serverStreaming: md.serverStreaming === true,
    toString: () => `rpc ${fullName}.${md.name}`
  }));
  return s;
}

// src/engine/run.ts
init_define_PROTOGUARD_WKT();

// src/engine/ignore.ts
init_define_PROTOGUARD_WKT();
var IGNORE_PREFIXES = ["buf:lint:ignore", "protoguard:ignore"];
var FILE_EDITION = 14;
var ONEOF_OPTIONS2 = 2;
var EXTENSION_RANGE_OPTIONS = 3;
function declarationPaths(path7) {
  const out = [];
  const upTo = (n) => path7.slice(0, n);
  if (path7.length === 0) return out;
  switch (path7[0]) {
    case FILE_PACKAGE:
    case FILE_SYNTAX:
    case FILE_EDITION:
      out.push(upTo(1));
      return out;
    case FILE_DEPENDENCY:
      if (path7.length >= 2) out.push(upTo(2));
      return out;
    case FILE_OPTIONS:
      out.push([...path7]);
      return out;
    case FILE_EXTENSION:
      out.push(upTo(1));
      field(path7, 1, out);
      return out;
    case FILE_MESSAGE_TYPE:
      message(path7, 1, out);
      return out;
    case FILE_ENUM_TYPE:
      enumDecl(path7, 1, out);
      return out;
    case FILE_SERVICE:
      service(path7, 1, out);
      return out;
  }
  return out;
}
function message(path7, i, out) {
  if (i >= path7.length) return;
  out.push(path7.slice(0, i + 1));
  const tag = path7[i + 1];
  const j = i + 2;
  switch (tag) {
    case MESSAGE_FIELD:
      field(path7, j, out);
      return;
    case MESSAGE_NESTED_TYPE:
      message(path7, j, out);
      return;
    case MESSAGE_ENUM_TYPE:
      enumDecl(path7, j, out);
      return;
    case MESSAGE_ONEOF_DECL:
      if (j < path7.length) {
        out.push(path7.slice(0, j + 1));
        if (path7[j + 1] === ONEOF_OPTIONS2) out.push([...path7]);
      }
      return;
    case MESSAGE_OPTIONS:
      out.push([...path7]);
      return;
    case MESSAGE_EXTENSION:
      out.push(path7.slice(0, i + 2));
      field(path7, j, out);
      return;
    case MESSAGE_EXTENSION_RANGE:
      out.push(path7.slice(0, i + 2));
      if (j < path7.length) {
        out.push(path7.slice(0, j + 1));
        if (path7[j + 1] === EXTENSION_RANGE_OPTIONS) out.push([...path7]);
      }
      return;
    case MESSAGE_RESERVED_RANGE:
    case MESSAGE_RESERVED_NAME:
      out.push(path7.slice(0, i + 2));
      if (j < path7.length) out.push(path7.slice(0, j + 1));
      return;
  }
}
function field(path7, i, out) {
  if (i >= path7.length) return;
  out.push(path7.slice(0, i + 1));
  const tag = path7[i + 1];
  if (tag === FIELD_OPTIONS) out.push([...path7]);
  else if (tag === FIELD_DEFAULT_VALUE) out.push(path7.slice(0, i + 2));
}
function enumDecl(path7, i, out) {
  if (i >= path7.length) return;
  out.push(path7.slice(0, i + 1));
  const tag = path7[i + 1];
  const j = i + 2;
  switch (tag) {
    case ENUM_VALUE:
      if (j < path7.length) {
        out.push(path7.slice(0, j + 1));
        if (path7[j + 1] === ENUM_VALUE_OPTIONS) out.push([...path7]);
      }
      return;
    case ENUM_OPTIONS:
      out.push([...path7]);
      return;
    case ENUM_RESERVED_RANGE:
    case ENUM_RESERVED_NAME:
      out.push(path7.slice(0, i + 2));
      if (j < path7.length) out.push(path7.slice(0, j + 1));
      return;
  }
}
function service(path7, i, out) {
  if (i >= path7.length) return;
  out.push(path7.slice(0, i + 1));
  const tag = path7[i + 1];
  const j = i + 2;
  if (tag === SERVICE_METHOD && j < path7.length) {
    out.push(path7.slice(0, j + 1));
    if (path7[j + 1] === METHOD_OPTIONS) out.push([...path7]);
  } else if (tag === SERVICE_OPTIONS) {
    out.push([...path7]);
  }
}
function lineIgnores(line, ruleId) {
  for (const prefix of IGNORE_PREFIXES) if (line.startsWith(`${prefix} ${ruleId}`)) return true;
  return false;
}
function isIgnoreLine(line) {
  const t = line.trim();
  return IGNORE_PREFIXES.some((p) => t.startsWith(p));
}
function commentIgnores(comment, ruleId) {
  if (!comment) return false;
  for (const raw of comment.split("\n")) {
    const line = raw.trim();
    if (line && lineIgnores(line, ruleId)) return true;
  }
  return false;
}
function ignoredByComment(locations, path7, ruleId) {
  if (!path7 || path7.length === 0) return false;
  for (const decl of declarationPaths(path7)) {
    if (commentIgnores(locations.get(decl)?.leadingComments, ruleId)) return true;
  }
  return false;
}
function normalizePath(p) {
  const parts = [];
  for (const part of p.replaceAll("\\", "/").split("/")) {
    if (part === "" || part === ".") continue;
    if (part === ".." && parts.length > 0 && parts[parts.length - 1] !== "..") parts.pop();
    else parts.push(part);
  }
  return parts.length === 0 ? "." : parts.join("/");
}
var PathSet = class {
  paths;
  constructor(paths) {
    this.paths = new Set([...paths].map(normalizePath));
  }
  get size() {
    return this.paths.size;
  }
  /** Whether `file` equals a path of the set or lies under one (`.` holds every file). */
  contains(file) {
    if (this.paths.size === 0) return false;
    if (this.paths.has(".")) return true;
    let p = normalizePath(file);
    for (; ; ) {
      if (this.paths.has(p)) return true;
      const slash = p.lastIndexOf("/");
      if (slash < 0) return false;
      p = p.slice(0, slash);
    }
  }
};
var PathIgnores = class {
  all;
  byRule = /* @__PURE__ */ new Map();
  constructor(ignore = [], ignoreOnly = {}) {
    this.all = new PathSet(ignore);
    for (const [id, paths] of Object.entries(ignoreOnly)) this.byRule.set(id, new PathSet(paths));
  }
  /** No finding of any rule is reported in `file`. */
  ignoresFile(file) {
    return this.all.contains(file);
  }
  /** Findings of `ruleId` in `file` are not reported. */
  ignores(ruleId, file) {
    return this.all.contains(file) || (this.byRule.get(ruleId)?.contains(file) ?? false);
  }
};

// src/engine/run.ts
var INTERNAL_RULE_ID = "INTERNAL";
function runLint(model, opts) {
  const targets = opts.targets ?? model.targets;
  const ignores = new PathIgnores(opts.ignore, opts.ignoreOnly);
  const raw = [];
  const failed = /* @__PURE__ */ new Set();
  const fail3 = (rule, element, file, error) => {
    const where2 = file ?? targets[0];
    if (!where2) return;
    const key2 = `${rule.id}\0${where2.name}`;
    if (failed.has(key2)) return;
    failed.add(key2);
    const detail = error instanceof Error ? error.message : String(error);
    const on = element ? ` on ${element.toString()}` : "";
    const loc = element && element.kind !== "file" ? element.file.locations.get(element.path) : void 0;
    raw.push(
      findingAt(
        INTERNAL_RULE_ID,
        `rule ${rule.id} failed${on}: ${detail}. This is a bug in protoguard; please report it with the file involved.`,
        where2,
        loc,
        void 0
      )
    );
  };
  const contexts = /* @__PURE__ */ new Map();
  const contextFor = (rule) => {
    let ctx = contexts.get(rule);
    if (!ctx) {
      ctx = {
        model,
        options: opts.options,
        version: opts.version,
        report: (target, message2, extras) => raw.push(toFinding(rule.id, target, message2, extras))
      };
      contexts.set(rule, ctx);
    }
    return ctx;
  };
  const byKind = /* @__PURE__ */ new Map();
  for (const rule of opts.rules) {
    if (rule.deprecated) continue;
    let list = byKind.get(rule.target);
    if (!list) byKind.set(rule.target, list = []);
    list.push(rule);
  }
  for (const rule of byKind.get("files") ?? []) {
    const ctx = contextFor(rule);
    try {
      if (!rule.only || rule.only(targets, ctx)) rule.check(targets, ctx);
    } catch (e) {
      fail3(rule, void 0, void 0, e);
    }
  }
  for (const file of targets) {
    if (ignores.ignoresFile(file.name)) continue;
    const active = /* @__PURE__ */ new Map();
    for (const [kind, rules] of byKind) {
      if (kind === "files") continue;
      const live = rules.filter((r) => !ignores.ignores(r.id, file.name));
      if (live.length > 0) active.set(kind, live);
    }
    if (active.size === 0) continue;
    for (const element of walk(file)) {
      const rules = active.get(element.kind);
      if (!rules) continue;
      for (const rule of rules) {
        const ctx = contextFor(rule);
        try {
          const el = element;
          if (!rule.only || rule.only(el, ctx)) rule.check(el, ctx);
        } catch (e) {
          fail3(rule, element, file, e);
        }
      }
    }
  }
  const kept = raw.filter((f) => {
    if (f.ruleId === INTERNAL_RULE_ID) return true;
    if (f.file !== void 0 && ignores.ignores(f.ruleId, f.file)) return false;
    if (opts.commentIgnores && f.elementPath && f.file !== void 0) {
      const file = model.file(f.file);
      if (file && ignoredByComment(file.locations, f.elementPath, f.ruleId)) return false;
    }
    return true;
  });
  return dedupeAndSort(kept);
}
function toFinding(ruleId, target, message2, extras) {
  const t = "element" in target ? target : { element: target };
  const el = t.element;
  const file = el.kind === "file" ? el : el.file;
  let path7;
  let loc;
  if (t.at && t.at.length > 0) {
    path7 = [...el.path, ...t.at];
    loc = file.locations.get(path7);
    if (!loc && t.fallback !== "none" && el.path.length > 0) {
      path7 = el.path;
      loc = file.locations.get(path7);
    }
  } else if (el.path.length > 0) {
    path7 = el.path;
    loc = file.locations.get(path7);
  }
  return findingAt(ruleId, message2, file, loc, loc ? path7 : void 0, extras);
}

// src/report/format.ts
init_define_PROTOGUARD_WKT();
function shownPath(f) {
  return f.file === void 0 ? "<input>" : f.displayPath ?? f.file;
}
function shownPosition(f) {
  return {
    line: Math.max(f.startLine, 1),
    column: Math.max(f.startColumn, 1),
    endLine: Math.max(f.endLine, 1),
    endColumn: Math.max(f.endColumn, 1)
  };
}
function textLine(f) {
  const p = shownPosition(f);
  return `${shownPath(f)}:${p.line}:${p.column}:${f.message}`;
}
function compareShown(a, b) {
  const pa = a.file === void 0 ? void 0 : shownPath(a);
  const pb = b.file === void 0 ? void 0 : shownPath(b);
  if (pa !== pb) {
    if (pa === void 0) return -1;
    if (pb === void 0) return 1;
    return pa < pb ? -1 : 1;
  }
  const x = shownPosition(a);
  const y = shownPosition(b);
  return x.line - y.line || x.column - y.column || cmp2(a.ruleId, b.ruleId) || cmp2(a.message, b.message) || x.endLine - y.endLine || x.endColumn - y.endColumn;
}
function cmp2(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/report/index.ts
init_define_PROTOGUARD_WKT();

// src/report/github.ts
init_define_PROTOGUARD_WKT();
function formatGithub(findings) {
  let out = "";
  for (const f of findings) {
    const level2 = f.severity === "error" ? "error" : f.severity === "warning" ? "warning" : "notice";
    let props = `file=${escapeProperty(shownPath(f))}`;
    if (f.file !== void 0) {
      const p = shownPosition(f);
      props += `,line=${p.line},col=${p.column},endLine=${p.endLine},endColumn=${p.endColumn}`;
    }
    out += `::${level2} ${props}::${escapeData(f.message)}
`;
  }
  return out;
}
function escapeData(s) {
  return s.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replaceAll(":", "%3A").replaceAll(",", "%2C");
}

// src/report/json.ts
init_define_PROTOGUARD_WKT();
function formatJson(findings) {
  let out = "";
  for (const f of findings) {
    const p = shownPosition(f);
    out += JSON.stringify({
      ...f.file !== void 0 ? { path: f.displayPath ?? f.file } : {},
      start_line: p.line,
      start_column: p.column,
      end_line: p.endLine,
      end_column: p.endColumn,
      type: f.ruleId,
      message: f.message
    }) + "\n";
  }
  return out;
}

// src/report/junit.ts
init_define_PROTOGUARD_WKT();
function formatJunit(findings) {
  if (findings.length === 0) return "";
  const suites = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const p = shownPath(f);
    let list = suites.get(p);
    if (!list) suites.set(p, list = []);
    list.push(f);
  }
  let out = "<testsuites>\n";
  for (const [p, list] of suites) {
    const name = p.endsWith(".proto") ? p.slice(0, -".proto".length) : p;
    out += `  <testsuite name="${xml(name)}" tests="${list.length}" failures="${list.length}" errors="0">
`;
    for (const f of list) {
      const pos = shownPosition(f);
      const caseName = f.file === void 0 ? f.ruleId : `${f.ruleId}_${pos.line}_${pos.column}`;
      out += `    <testcase name="${xml(caseName)}">
`;
      out += `      <failure message="${xml(textLine(f))}" type="${xml(f.ruleId)}"></failure>
`;
      out += `    </testcase>
`;
    }
    out += `  </testsuite>
`;
  }
  return out + "</testsuites>\n";
}
function xml(s) {
  let out = "";
  for (const ch of s) {
    switch (ch) {
      case "&":
        out += "&amp;";
        break;
      case "<":
        out += "&lt;";
        break;
      case ">":
        out += "&gt;";
        break;
      case '"':
        out += "&#34;";
        break;
      case "'":
        out += "&#39;";
        break;
      case "	":
        out += "&#x9;";
        break;
      case "\n":
        out += "&#xA;";
        break;
      case "\r":
        out += "&#xD;";
        break;
      default: {
        const c = ch.codePointAt(0);
        const ok = c >= 32 ? !(c >= 55296 && c <= 57343) && c !== 65534 && c !== 65535 : false;
        out += ok ? ch : "�";
      }
    }
  }
  return out;
}

// src/report/msvs.ts
init_define_PROTOGUARD_WKT();
function formatMsvs(findings) {
  let out = "";
  for (const f of findings) {
    const p = shownPosition(f);
    const level2 = f.severity === "error" ? "error" : "warning";
    out += `${shownPath(f)}(${p.line},${p.column}) : ${level2} ${f.ruleId} : ${f.message}
`;
  }
  return out;
}

// src/report/sarif.ts
init_define_PROTOGUARD_WKT();
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
var INFORMATION_URI = "https://github.com/protoguard/protoguard";
var BUILTIN = [
  { id: "COMPILE", summary: "The file compiles.", docs: "The file could not be compiled: fix the syntax or name error the message points at." },
  { id: "INTERNAL", summary: "A rule failed.", docs: "A rule failed with an internal error: this is a bug in protoguard. Please report it with the file involved." }
];
function formatSarif(findings, ctx) {
  const rules = [...ctx.rules];
  const index = new Map(rules.map((r, i) => [r.id, i]));
  for (const f of findings) {
    if (index.has(f.ruleId)) continue;
    const meta = BUILTIN.find((b) => b.id === f.ruleId) ?? { id: f.ruleId, summary: f.ruleId, docs: "" };
    index.set(f.ruleId, rules.length);
    rules.push(meta);
  }
  const log = {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "protoguard",
            version: ctx.toolVersion,
            informationUri: INFORMATION_URI,
            rules: rules.map((r) => ({
              id: r.id,
              shortDescription: { text: r.summary },
              ...r.docs ? { help: { text: r.docs, markdown: r.docs } } : {}
            }))
          }
        },
        results: findings.map((f) => ({
          ruleId: f.ruleId,
          ruleIndex: index.get(f.ruleId),
          level: level(f.severity),
          message: { text: f.message },
          ...f.file === void 0 ? {} : { locations: [location(f)] }
        }))
      }
    ]
  };
  return JSON.stringify(log, null, 2) + "\n";
}
function level(s) {
  return s === "notice" ? "note" : s;
}
function location(f) {
  const uri = (f.displayPath ?? f.file).split("/").map(encodeURIComponent).join("/");
  return {
    physicalLocation: {
      artifactLocation: { uri },
      ...f.startLine > 0 ? { region: { startLine: f.startLine, startColumn: Math.max(f.startColumn, 1), endLine: Math.max(f.endLine, f.startLine), endColumn: Math.max(f.endColumn, 1) } } : {}
    }
  };
}

// src/report/text.ts
init_define_PROTOGUARD_WKT();
function formatText(findings) {
  let out = "";
  for (const f of findings) out += textLine(f) + "\n";
  return out;
}

// src/report/index.ts
var REPORT_FORMATS = ["text", "json", "msvs", "junit", "github-actions", "sarif"];
var REPORTERS = {
  text: formatText,
  json: formatJson,
  msvs: formatMsvs,
  junit: formatJunit,
  "github-actions": formatGithub,
  sarif: formatSarif
};
function isReportFormat(name) {
  return REPORT_FORMATS.includes(name);
}

// rules/lint/index.ts
init_define_PROTOGUARD_WKT();

// rules/lint/COMMENT_ENUM.ts
init_define_PROTOGUARD_WKT();

// src/engine/doc-comment.ts
init_define_PROTOGUARD_WKT();
function hasLocation(element) {
  return element.kind !== "file" && element.file.locations.get(element.path) !== void 0;
}
function hasDocComment(element) {
  if (element.kind === "file") return false;
  const comment = element.file.locations.get(element.path)?.leadingComments;
  if (!comment) return false;
  return comment.split("\n").some((line) => line.trim() !== "" && !isIgnoreLine(line));
}

// rules/lint/COMMENT_ENUM.ts
var COMMENT_ENUM_default = lintRule({
  id: "COMMENT_ENUM",
  categories: {
    v1beta1: ["COMMENTS"],
    v1: ["COMMENTS"],
    v2: ["COMMENTS"]
  },
  summary: "Every enum has a leading doc comment.",
  docs: "Comments above declarations become the documentation of generated code and API references; a schema is the contract other teams code against, so every enum should say what it means.\n\nWrite a `//` or `/* */` comment directly above the enum, with no blank line in between. Trailing comments (after the declaration on the same line), detached comments (separated by a blank line), empty comments and comments holding only `buf:lint:ignore` lines do not count.",
  examples: {
    bad: [
      `syntax = "proto3";
// detached: a blank line follows

enum Color {
^ COMMENT_ENUM
  COLOR_UNSPECIFIED = 0;
}
enum Size { SIZE_UNSPECIFIED = 0; } // trailing
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ COMMENT_ENUM
`
    ],
    good: [
      `syntax = "proto3";
// Color of a product, as shown in the catalog.
enum Color {
  COLOR_UNSPECIFIED = 0;
}
`
    ]
  },
  target: "enum",
  only: (enumType) => hasLocation(enumType),
  check(enumType, ctx) {
    if (hasDocComment(enumType)) return;
    ctx.report(enumType, `enum "${enumType.name}" has no doc comment; add a // comment directly above it saying what it is for`);
  }
});

// rules/lint/COMMENT_ENUM_VALUE.ts
init_define_PROTOGUARD_WKT();
var COMMENT_ENUM_VALUE_default = lintRule({
  id: "COMMENT_ENUM_VALUE",
  categories: {
    v1beta1: ["COMMENTS"],
    v1: ["COMMENTS"],
    v2: ["COMMENTS"]
  },
  summary: "Every enum value has a leading doc comment.",
  docs: "Comments above declarations become the documentation of generated code and API references; a schema is the contract other teams code against, so every enum value should say what it means.\n\nWrite a `//` or `/* */` comment directly above the enum value, with no blank line in between. Trailing comments (after the declaration on the same line), detached comments (separated by a blank line), empty comments and comments holding only `buf:lint:ignore` lines do not count.",
  examples: {
    bad: [
      `syntax = "proto3";
// Color of a product.
enum Color {
  COLOR_UNSPECIFIED = 0;
  ^^^^^^^^^^^^^^^^^^^^^^ COMMENT_ENUM_VALUE
  //
  COLOR_RED = 1;
  ^^^^^^^^^^^^^^ COMMENT_ENUM_VALUE
}
`
    ],
    good: [
      `syntax = "proto3";
// Color of a product.
enum Color {
  // No color chosen.
  COLOR_UNSPECIFIED = 0;
  /* Red, #ff0000. */
  COLOR_RED = 1;
}
`
    ]
  },
  target: "enumValue",
  only: (value) => hasLocation(value),
  check(value, ctx) {
    if (hasDocComment(value)) return;
    ctx.report(value, `enum value "${value.name}" has no doc comment; add a // comment directly above it saying what it is for`);
  }
});

// rules/lint/COMMENT_FIELD.ts
init_define_PROTOGUARD_WKT();
var COMMENT_FIELD_default = lintRule({
  id: "COMMENT_FIELD",
  categories: {
    v1beta1: ["COMMENTS"],
    v1: ["COMMENTS"],
    v2: ["COMMENTS"]
  },
  summary: "Every field has a leading doc comment.",
  docs: "Comments above declarations become the documentation of generated code and API references; a schema is the contract other teams code against, so every field should say what it means.\n\nWrite a `//` or `/* */` comment directly above the field, with no blank line in between. Trailing comments (after the declaration on the same line), detached comments (separated by a blank line), empty comments and comments holding only `buf:lint:ignore` lines do not count. Extensions are checked like fields. Group fields are not (their comment belongs to the group's message, see COMMENT_MESSAGE), nor the fields of synthesized map entries.",
  examples: {
    bad: [
      `syntax = "proto3";
// A customer order.
message Order {
  string id = 1;
  ^^^^^^^^^^^^^^ COMMENT_FIELD
  // buf:lint:ignore FIELD_LOWER_SNAKE_CASE
  int64 totalCents = 2;
  ^^^^^^^^^^^^^^^^^^^^^ COMMENT_FIELD
}
`
    ],
    good: [
      `syntax = "proto3";
// A customer order.
message Order {
  // Server-assigned order ID.
  string id = 1;
  // Labels set by the shop; the synthesized map entry needs no comment.
  map<string, string> labels = 2;
}
`
    ]
  },
  target: "field",
  // Map entry fields are synthesized; a group's comment is attached to its message, not its field.
  only: (field2) => field2.parent?.isMapEntry !== true && field2.proto.type !== FieldDescriptorProto_Type.GROUP && hasLocation(field2),
  check(field2, ctx) {
    if (hasDocComment(field2)) return;
    ctx.report(field2, `${field2.isExtension ? "extension" : "field"} "${field2.name}" has no doc comment; add a // comment directly above it saying what it is for`);
  }
});

// rules/lint/COMMENT_MESSAGE.ts
init_define_PROTOGUARD_WKT();
var COMMENT_MESSAGE_default = lintRule({
  id: "COMMENT_MESSAGE",
  categories: {
    v1beta1: ["COMMENTS"],
    v1: ["COMMENTS"],
    v2: ["COMMENTS"]
  },
  summary: "Every message has a leading doc comment.",
  docs: "Comments above declarations become the documentation of generated code and API references; a schema is the contract other teams code against, so every message should say what it means.\n\nWrite a `//` or `/* */` comment directly above the message, with no blank line in between. Trailing comments (after the declaration on the same line), detached comments (separated by a blank line), empty comments and comments holding only `buf:lint:ignore` lines do not count. Groups are messages and are checked here; the map entry messages the compiler synthesizes are not.",
  examples: {
    bad: [
      `syntax = "proto3";
message Order {}
^^^^^^^^^^^^^^^^ COMMENT_MESSAGE
`
    ],
    good: [
      `syntax = "proto3";
// A customer order.
message Order {
  // Labels set by the shop; the synthesized map entry needs no comment.
  map<string, string> labels = 1;
}
`
    ]
  },
  target: "message",
  only: (message2) => !message2.isMapEntry && hasLocation(message2),
  check(message2, ctx) {
    if (hasDocComment(message2)) return;
    ctx.report(message2, `message "${message2.name}" has no doc comment; add a // comment directly above it saying what it is for`);
  }
});

// rules/lint/COMMENT_ONEOF.ts
init_define_PROTOGUARD_WKT();
var COMMENT_ONEOF_default = lintRule({
  id: "COMMENT_ONEOF",
  categories: {
    v1beta1: ["COMMENTS"],
    v1: ["COMMENTS"],
    v2: ["COMMENTS"]
  },
  summary: "Every oneof has a leading doc comment.",
  docs: "Comments above declarations become the documentation of generated code and API references; a schema is the contract other teams code against, so every oneof should say what it means.\n\nWrite a `//` or `/* */` comment directly above the oneof, with no blank line in between. Trailing comments (after the declaration on the same line), detached comments (separated by a blank line), empty comments and comments holding only `buf:lint:ignore` lines do not count. The synthetic oneof protoc creates for a proto3 `optional` field is not checked.",
  examples: {
    bad: [
      `syntax = "proto3";
// A payment.
message Payment {
  oneof method { string card = 1; string iban = 2; }
  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ COMMENT_ONEOF
}
`
    ],
    good: [
      `syntax = "proto3";
// A payment.
message Payment {
  // How the customer pays.
  oneof method { string card = 1; string iban = 2; }
  // The synthetic oneof of a proto3 optional field needs no comment.
  optional string note = 3;
}
`
    ]
  },
  target: "oneof",
  only: (oneof) => !oneof.synthetic && hasLocation(oneof),
  check(oneof, ctx) {
    if (hasDocComment(oneof)) return;
    ctx.report(oneof, `oneof "${oneof.name}" has no doc comment; add a // comment directly above it saying what it is for`);
  }
});

// rules/lint/COMMENT_RPC.ts
init_define_PROTOGUARD_WKT();
var COMMENT_RPC_default = lintRule({
  id: "COMMENT_RPC",
  categories: {
    v1beta1: ["COMMENTS"],
    v1: ["COMMENTS"],
    v2: ["COMMENTS"]
  },
  summary: "Every rpc has a leading doc comment.",
  docs: "Comments above declarations become the documentation of generated code and API references; a schema is the contract other teams code against, so every rpc should say what it means.\n\nWrite a `//` or `/* */` comment directly above the rpc, with no blank line in between. Trailing comments (after the declaration on the same line), detached comments (separated by a blank line), empty comments and comments holding only `buf:lint:ignore` lines do not count.",
  examples: {
    bad: [
      `syntax = "proto3";
message PingRequest {}
message PingResponse {}
// Health checks.
service HealthService {
  rpc Ping(PingRequest) returns (PingResponse);
  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ COMMENT_RPC
}
`
    ],
    good: [
      `syntax = "proto3";
message PingRequest {}
message PingResponse {}
// Health checks.
service HealthService {
  // Answers as long as the server is up.
  rpc Ping(PingRequest) returns (PingResponse);
}
`
    ]
  },
  target: "method",
  only: (method) => hasLocation(method),
  check(method, ctx) {
    if (hasDocComment(method)) return;
    ctx.report(method, `rpc "${method.name}" has no doc comment; add a // comment directly above it saying what it is for`);
  }
});

// rules/lint/COMMENT_SERVICE.ts
init_define_PROTOGUARD_WKT();
var COMMENT_SERVICE_default = lintRule({
  id: "COMMENT_SERVICE",
  categories: {
    v1beta1: ["COMMENTS"],
    v1: ["COMMENTS"],
    v2: ["COMMENTS"]
  },
  summary: "Every service has a leading doc comment.",
  docs: "Comments above declarations become the documentation of generated code and API references; a schema is the contract other teams code against, so every service should say what it means.\n\nWrite a `//` or `/* */` comment directly above the service, with no blank line in between. Trailing comments (after the declaration on the same line), detached comments (separated by a blank line), empty comments and comments holding only `buf:lint:ignore` lines do not count.",
  examples: {
    bad: [
      `syntax = "proto3";
service HealthService {}
^^^^^^^^^^^^^^^^^^^^^^^^ COMMENT_SERVICE
`
    ],
    good: [
      `syntax = "proto3";
// Health checks for load balancers.
service HealthService {}
`
    ]
  },
  target: "service",
  only: (service2) => hasLocation(service2),
  check(service2, ctx) {
    if (hasDocComment(service2)) return;
    ctx.report(service2, `service "${service2.name}" has no doc comment; add a // comment directly above it saying what it is for`);
  }
});

// rules/lint/DIRECTORY_SAME_PACKAGE.ts
init_define_PROTOGUARD_WKT();
var dirOf = (f) => f.name.includes("/") ? f.name.slice(0, f.name.lastIndexOf("/")) : ".";
var DIRECTORY_SAME_PACKAGE_default = lintRule({
  id: "DIRECTORY_SAME_PACKAGE",
  categories: {
    v1beta1: ["MINIMAL", "BASIC", "DEFAULT", "STANDARD", "FILE_LAYOUT"],
    v1: ["MINIMAL", "BASIC", "DEFAULT", "STANDARD"],
    v2: ["MINIMAL", "BASIC", "DEFAULT", "STANDARD"]
  },
  summary: "All files directly in one directory declare the same package.",
  docs: "Most code generators turn a directory of .proto files into one output package; files of different packages in one directory generate into a package that does not exist, or into clashing outputs.\n\nGive every file of the directory the same package, or move the files of other packages into their own directories (`acme/billing/v1/` for `acme.billing.v1`). A file without a package counts as a package of its own. Every file of the directory is reported, at its package statement (or at the top of the file when it has none).",
  examples: {
    bad: [
      {
        files: {
          "acme/v1/invoice.proto": `syntax = "proto3";
package acme.v1;
^^^^^^^^^^^^^^^^ DIRECTORY_SAME_PACKAGE
`,
          "acme/v1/payment.proto": `syntax = "proto3";
package acme.payments.v1;
^^^^^^^^^^^^^^^^^^^^^^^^^ DIRECTORY_SAME_PACKAGE
`
        }
      }
    ],
    good: [
      {
        files: {
          "acme/v1/invoice.proto": `syntax = "proto3";
package acme.v1;
`,
          "acme/payments/v1/payment.proto": `syntax = "proto3";
package acme.payments.v1;
`
        }
      }
    ]
  },
  target: "files",
  check(files, ctx) {
    const dirs = /* @__PURE__ */ new Map();
    for (const f of files) {
      const d = dirOf(f);
      const group = dirs.get(d);
      if (group) group.push(f);
      else dirs.set(d, [f]);
    }
    for (const [dir, group] of dirs) {
      const packages = new Set(group.map((f) => f.package));
      if (packages.size < 2) continue;
      const named = [...packages].filter((p) => p !== "").sort().map((p) => `"${p}"`);
      const all = packages.has("") ? `${named.join(", ")} and files without a package` : named.join(", ");
      const where2 = dir === "." ? "the module root" : `directory "${dir}"`;
      for (const f of group) {
        const own = f.package === "" ? "this file has no package" : `this file declares "${f.package}"`;
        ctx.report(
          { element: f, at: [FILE_PACKAGE], fallback: "none" },
          `${where2} mixes packages ${all}; ${own}: give every file of a directory the same package, or move it to the directory of its package`
        );
      }
    }
  }
});

// rules/lint/ENUM_FIRST_VALUE_ZERO.ts
init_define_PROTOGUARD_WKT();

// src/engine/naming.ts
init_define_PROTOGUARD_WKT();
function isDelimiter(c) {
  return c === "_" || c === "-" || c === "." || c === " " || c === "	" || c === "\n" || c === "\r";
}
var UPPER = new RegExp("^\\p{Lu}$", "u");
var LOWER = new RegExp("^\\p{Ll}$", "u");
var DIGIT = new RegExp("^\\p{Nd}$", "u");
function isUpper(c) {
  return c >= "A" && c <= "Z" ? true : c < "" ? false : UPPER.test(c);
}
function isLower(c) {
  return c >= "a" && c <= "z" ? true : c < "" ? false : LOWER.test(c);
}
function isDigit(c) {
  return c >= "0" && c <= "9" ? true : c < "" ? false : DIGIT.test(c);
}
function upper1(c) {
  const u = c.toUpperCase();
  return [...u].length === 1 ? u : c;
}
function lower1(c) {
  const l = c.toLowerCase();
  return [...l].length === 1 ? l : c;
}
function toPascalCase(name) {
  let out = "";
  let previous = "";
  let first = true;
  for (const c of name.trim()) {
    if (!isDelimiter(c)) out += first || isDelimiter(previous) || isUpper(c) ? upper1(c) : lower1(c);
    previous = c;
    first = false;
  }
  return out;
}
function toSnakeCase(name) {
  let start = 0;
  let end = name.length;
  while (start < end && isDelimiter(name[start])) start++;
  while (end > start && isDelimiter(name[end - 1])) end--;
  const s = name.slice(start, end);
  if (s === "") return "";
  const ascii = !/[^\x00-\x7f]/.test(s);
  const bytes = ascii ? void 0 : new TextEncoder().encode(s);
  const byteLength = bytes ? bytes.length : s.length;
  const byteAt = (i2) => bytes ? String.fromCharCode(bytes[i2]) : s[i2];
  let out = "";
  let i = 0;
  for (let c of s) {
    const width = bytes ? new TextEncoder().encode(c).length : 1;
    if (isDelimiter(c)) c = "_";
    if (i === 0) {
      out += c;
    } else if (isUpper(c) && !out.endsWith("_") && (i < byteLength - 1 && !isUpper(byteAt(i + 1)) && !isDigit(byteAt(i + 1)) && !isDelimiter(byteAt(i + 1)) || isLower(byteAt(i - 1)))) {
      out += "_" + c;
    } else if (!(c === "_" && out.endsWith("_"))) {
      out += c;
    }
    i += width;
  }
  return out;
}
function toLowerSnakeCase(name) {
  return toSnakeCase(name).toLowerCase();
}
function toUpperSnakeCase(name) {
  return toSnakeCase(name).toUpperCase();
}
function parsePackageVersion(pkg) {
  const parts = pkg.split(".");
  if (parts.length < 2) return void 0;
  return parseVersionComponent(parts[parts.length - 1]);
}
function parseVersionComponent(component) {
  if (component.length < 2 || component[0] !== "v" || component.includes(".")) return void 0;
  const version = component.slice(1);
  const make = (major2, stability, minor2, patch, suffix) => ({
    major: major2,
    stability,
    minor: minor2,
    patch,
    suffix,
    component
  });
  const testAt = version.indexOf("test");
  if (testAt >= 0) {
    const major2 = number(version.slice(0, testAt), 1);
    return major2 === void 0 ? void 0 : make(major2, "test", 0, 0, version.slice(testAt + 4));
  }
  const alpha = version.includes("alpha");
  const beta = version.includes("beta");
  if (alpha && beta) return void 0;
  if (!alpha && !beta) {
    const major2 = number(version, 1);
    return major2 === void 0 ? void 0 : make(major2, "stable", 0, 0, "");
  }
  const word = alpha ? "alpha" : "beta";
  const at = version.indexOf(word);
  const rest = version.slice(at + word.length);
  let minor = 0;
  if (rest !== "") {
    const m = number(rest, 1);
    if (m === void 0) return void 0;
    minor = m;
  }
  const head = version.slice(0, at);
  const p = head.indexOf("p");
  if (p >= 0) {
    const major2 = number(head.slice(0, p), 1);
    const patch = number(head.slice(p + 1), 1);
    return major2 === void 0 || patch === void 0 ? void 0 : make(major2, word, minor, patch, "");
  }
  const major = number(head, 1);
  return major === void 0 ? void 0 : make(major, word, minor, 0, "");
}
function isUnstable(version) {
  return version.stability !== "stable";
}
function number(s, min) {
  if (!/^[+-]?[0-9]+$/.test(s)) return void 0;
  const value = Number(s);
  if (value > 2147483647 || value < -2147483648 || value < min) return void 0;
  return value;
}

// rules/lint/ENUM_FIRST_VALUE_ZERO.ts
var ENUM_FIRST_VALUE_ZERO_default = lintRule({
  id: "ENUM_FIRST_VALUE_ZERO",
  categories: {
    v1beta1: ["OTHER"],
    v1: ["BASIC", "DEFAULT", "STANDARD"],
    v2: ["BASIC", "DEFAULT", "STANDARD"]
  },
  summary: "The first value of every enum is numbered 0.",
  docs: "The first declared value is the enum's default: an unset proto2 field reads as it. When it is not 0, proto2 and proto3 disagree on the default, and moving the enum to proto3 or editions open enums (which require a first value of 0) becomes a breaking change. proto3 compilers already reject this, so the rule matters for proto2 and closed editions enums.\n\nDeclare a value numbered 0 first, usually `<ENUM>_UNSPECIFIED = 0;`. The finding points at the number of the first value.",
  examples: {
    bad: [
      `syntax = "proto2";
enum Kind {
  KIND_ONE = 1;
             ^ ENUM_FIRST_VALUE_ZERO
  KIND_UNSPECIFIED = 0;
}
`
    ],
    good: [
      `syntax = "proto2";
enum Kind {
  KIND_UNSPECIFIED = 0;
  KIND_ONE = 1;
}
`
    ]
  },
  target: "enum",
  only: (enumType) => enumType.values.length > 0,
  check(enumType, ctx) {
    const first = enumType.values[0];
    if (first.number === 0) return;
    const zero = `${toUpperSnakeCase(enumType.name)}${ctx.options.enumZeroValueSuffix}`;
    ctx.report(
      { element: first, at: [ENUM_VALUE_NUMBER] },
      `the first value of enum "${enumType.name}" is "${first.name}" = ${first.number}; declare a value numbered 0 first, e.g. ${zero} = 0`
    );
  }
});

// rules/lint/ENUM_NO_ALLOW_ALIAS.ts
init_define_PROTOGUARD_WKT();
var ENUM_OPTIONS_ALLOW_ALIAS = 2;
var ENUM_NO_ALLOW_ALIAS_default = lintRule({
  id: "ENUM_NO_ALLOW_ALIAS",
  categories: {
    v1beta1: ["MINIMAL", "BASIC", "DEFAULT", "STANDARD", "SENSIBLE"],
    v1: ["BASIC", "DEFAULT", "STANDARD"],
    v2: ["BASIC", "DEFAULT", "STANDARD"]
  },
  summary: "Enums do not allow aliases (`option allow_alias = true`).",
  docs: "With aliases, several names share one number. On the wire only the number travels, so a reader cannot tell which name was meant; JSON and text formats print just one of the names, and generated code in some languages cannot switch over aliased constants.\n\nRemove `option allow_alias = true;` and give every value its own number. To rename a value without breaking JSON clients, add the new value with a new number and deprecate the old one instead of aliasing it. The finding points at the option.",
  examples: {
    bad: [
      `syntax = "proto3";
enum Status {
  option allow_alias = true;
  ^^^^^^^^^^^^^^^^^^^^^^^^^^ ENUM_NO_ALLOW_ALIAS
  STATUS_UNSPECIFIED = 0;
  STATUS_STARTED = 1;
  STATUS_RUNNING = 1;
}
`
    ],
    good: [
      `syntax = "proto3";
enum Status {
  STATUS_UNSPECIFIED = 0;
  STATUS_STARTED = 1;
  STATUS_RUNNING = 2 [deprecated = true];
}
`
    ]
  },
  target: "enum",
  only: (enumType) => enumType.proto.options?.allowAlias === true,
  check(enumType, ctx) {
    ctx.report(
      { element: enumType, at: [ENUM_OPTIONS, ENUM_OPTIONS_ALLOW_ALIAS] },
      `enum "${enumType.name}" allows aliases; remove "option allow_alias = true" and give each value its own number`
    );
  }
});

// rules/lint/ENUM_PASCAL_CASE.ts
init_define_PROTOGUARD_WKT();
var ENUM_PASCAL_CASE_default = lintRule({
  id: "ENUM_PASCAL_CASE",
  categories: {
    v1beta1: ["BASIC", "DEFAULT", "STANDARD", "STYLE_BASIC", "STYLE_DEFAULT", "STYLE_STANDARD"],
    v1: ["BASIC", "DEFAULT", "STANDARD"],
    v2: ["BASIC", "DEFAULT", "STANDARD"]
  },
  summary: "Enum names are PascalCase.",
  docs: "Enums become types in generated code, and every language's style guide names types in PascalCase; one spelling across the schema also keeps generated names predictable.\n\nRename the enum to its PascalCase form: drop `_`, `-` and `.`, start every word with a capital (`order_status` → `OrderStatus`). Capitals already written stay (`HTTPMethod` is fine). Renaming an enum is wire-compatible but breaks generated code and JSON type URLs, so do it before the API is published.",
  examples: {
    bad: [
      `syntax = "proto3";
enum order_status {
     ^^^^^^^^^^^^ ENUM_PASCAL_CASE
  ORDER_STATUS_UNSPECIFIED = 0;
}
`
    ],
    good: [
      `syntax = "proto3";
enum OrderStatus {
  ORDER_STATUS_UNSPECIFIED = 0;
}
enum HTTPMethod {
  HTTP_METHOD_UNSPECIFIED = 0;
}
`
    ]
  },
  target: "enum",
  check(enumType, ctx) {
    const expected = toPascalCase(enumType.name);
    if (expected === enumType.name) return;
    ctx.report({ element: enumType, at: [ENUM_NAME] }, `enum "${enumType.name}" should be PascalCase: ${expected}`, {
      fix: { text: expected }
    });
  }
});

// rules/lint/ENUM_VALUE_PREFIX.ts
init_define_PROTOGUARD_WKT();
var ENUM_VALUE_PREFIX_default = lintRule({
  id: "ENUM_VALUE_PREFIX",
  categories: {
    v1beta1: ["DEFAULT", "STANDARD", "STYLE_DEFAULT", "STYLE_STANDARD"],
    v1: ["DEFAULT", "STANDARD"],
    v2: ["DEFAULT", "STANDARD"]
  },
  summary: "Enum value names start with the enum's name in UPPER_SNAKE_CASE and `_`.",
  docs: "Enum values follow C++ scoping: they are siblings of their enum, not children, so two enums in one package (or message) cannot both have a value `UNKNOWN`. Prefixing every value with its enum's name avoids those collisions and says in generated code which enum a constant belongs to.\n\nStart each value with the UPPER_SNAKE_CASE form of the enum's own name and `_` (`enum HTTPStatus` → `HTTP_STATUS_OK`). A nested enum uses only its own name, not its parent message's. The value name is what JSON sends, so rename before clients depend on it, or keep the old name as an alias.",
  examples: {
    bad: [
      `syntax = "proto3";
enum Color {
  COLOR_UNSPECIFIED = 0;
  RED = 1;
  ^^^ ENUM_VALUE_PREFIX
  COLORS_BLUE = 2;
  ^^^^^^^^^^^ ENUM_VALUE_PREFIX
}
`
    ],
    good: [
      `syntax = "proto3";
enum HTTPStatus {
  HTTP_STATUS_UNSPECIFIED = 0;
  HTTP_STATUS_OK = 1;
}
message Shirt {
  enum Size {
    SIZE_UNSPECIFIED = 0;
    SIZE_LARGE = 1;
  }
}
`
    ]
  },
  target: "enumValue",
  check(value, ctx) {
    const prefix = `${toUpperSnakeCase(value.parent.name)}_`;
    if (value.name.startsWith(prefix)) return;
    ctx.report(
      { element: value, at: [ENUM_VALUE_NAME] },
      `enum value "${value.name}" should start with the enum's prefix "${prefix}": ${prefix}${value.name}`
    );
  }
});

// rules/lint/ENUM_VALUE_UPPER_SNAKE_CASE.ts
init_define_PROTOGUARD_WKT();
var ENUM_VALUE_UPPER_SNAKE_CASE_default = lintRule({
  id: "ENUM_VALUE_UPPER_SNAKE_CASE",
  categories: {
    v1beta1: ["BASIC", "DEFAULT", "STANDARD", "STYLE_BASIC", "STYLE_DEFAULT", "STYLE_STANDARD"],
    v1: ["BASIC", "DEFAULT", "STANDARD"],
    v2: ["BASIC", "DEFAULT", "STANDARD"]
  },
  summary: "Enum value names are UPPER_SNAKE_CASE.",
  docs: "Enum values become constants in generated code, and the protobuf style guide spells constants in UPPER_SNAKE_CASE; the names are also what JSON carries, so one spelling avoids surprises.\n\nRename the value to its UPPER_SNAKE_CASE form: capitals, words separated by a single `_`, no leading or trailing `_` (`COLOR_darkRed` → `COLOR_DARK_RED`, `COLOR__RED` → `COLOR_RED`). Digits do not start a new word, so `COLOR_V2` and `COLOR_2V` are both fine. The name is what the JSON encoding sends, so rename before clients depend on it (or keep the old name as an alias).",
  examples: {
    bad: [
      `syntax = "proto3";
enum Color {
  COLOR_UNSPECIFIED = 0;
  COLOR_darkRed = 1;
  ^^^^^^^^^^^^^ ENUM_VALUE_UPPER_SNAKE_CASE
  COLOR__BLUE = 2;
  ^^^^^^^^^^^ ENUM_VALUE_UPPER_SNAKE_CASE
}
`
    ],
    good: [
      `syntax = "proto3";
enum Color {
  COLOR_UNSPECIFIED = 0;
  COLOR_DARK_RED = 1;
  COLOR_V2 = 2;
}
`
    ]
  },
  target: "enumValue",
  check(value, ctx) {
    const expected = toUpperSnakeCase(value.name);
    if (expected === value.name) return;
    ctx.report({ element: value, at: [ENUM_VALUE_NAME] }, `enum value "${value.name}" should be UPPER_SNAKE_CASE: ${expected}`, {
      fix: { text: expected }
    });
  }
});

// rules/lint/ENUM_ZERO_VALUE_SUFFIX.ts
init_define_PROTOGUARD_WKT();
var ENUM_ZERO_VALUE_SUFFIX_default = lintRule({
  id: "ENUM_ZERO_VALUE_SUFFIX",
  categories: {
    v1beta1: ["DEFAULT", "STANDARD", "STYLE_DEFAULT", "STYLE_STANDARD"],
    v1: ["DEFAULT", "STANDARD"],
    v2: ["DEFAULT", "STANDARD"]
  },
  summary: "Enum values numbered 0 end with `_UNSPECIFIED` (configurable).",
  docs: "The zero value is what a reader sees when the field was never set: in proto3 an unset enum field reads as 0, and unknown values of open enums may too. Naming it `…_UNSPECIFIED` keeps \"not set\" from being mistaken for a real choice such as `COLOR_RED`.\n\nRename the zero value to end with the suffix, usually the enum's prefix plus the suffix (`COLOR_UNSPECIFIED`), and give the real choice a new number. Every value numbered 0 is checked, aliases included. The suffix is `lint.enum_zero_value_suffix` in buf.yaml (default `_UNSPECIFIED`; an empty value means the default). Only the suffix is tested; the prefix is ENUM_VALUE_PREFIX's business.",
  examples: {
    bad: [
      `syntax = "proto3";
enum Color {
  COLOR_RED = 0;
  ^^^^^^^^^ ENUM_ZERO_VALUE_SUFFIX
  COLOR_BLUE = 1;
}
`,
      {
        files: {
          "example.proto": `syntax = "proto3";
enum Color {
  COLOR_UNSPECIFIED = 0;
  ^^^^^^^^^^^^^^^^^ ENUM_ZERO_VALUE_SUFFIX
}
`
        },
        config: { enum_zero_value_suffix: "_NONE" }
      }
    ],
    good: [
      `syntax = "proto3";
enum Color {
  COLOR_UNSPECIFIED = 0;
  COLOR_RED = 1;
}
`,
      {
        files: { "example.proto": `syntax = "proto3";
enum Color {
  COLOR_NONE = 0;
}
` },
        config: { enum_zero_value_suffix: "_NONE" }
      }
    ]
  },
  target: "enumValue",
  only: (value) => value.number === 0,
  check(value, ctx) {
    const suffix = ctx.options.enumZeroValueSuffix;
    if (value.name.endsWith(suffix)) return;
    const suggestion = suffix.startsWith("_") ? `${toUpperSnakeCase(value.parent.name)}${suffix}` : `${value.name}${suffix}`;
    ctx.report(
      { element: value, at: [ENUM_VALUE_NAME] },
      `enum value "${value.name}" is the zero value and should end with "${suffix}", e.g. ${suggestion}`
    );
  }
});

// rules/lint/FIELD_LOWER_SNAKE_CASE.ts
init_define_PROTOGUARD_WKT();
var FIELD_LOWER_SNAKE_CASE_default = lintRule({
  id: "FIELD_LOWER_SNAKE_CASE",
  categories: {
    v1beta1: ["BASIC", "DEFAULT", "STANDARD", "STYLE_BASIC", "STYLE_DEFAULT", "STYLE_STANDARD"],
    v1: ["BASIC", "DEFAULT", "STANDARD"],
    v2: ["BASIC", "DEFAULT", "STANDARD"]
  },
  summary: "Field and extension names are lower_snake_case.",
  docs: "protoc derives each language's accessor names (`getUserName()`, `user_name`, `UserName`) and the JSON name (`userName`) from a lower_snake_case field name; other spellings give odd accessors and JSON names that differ from what readers expect.\n\nRename the field to its lower_snake_case form: lower case, words separated by a single `_`, no leading or trailing `_` (`userName` → `user_name`, `HTTPCode` → `http_code`). Digits do not start a new word (`field1` and `field_1` are both fine). A group field's name is the lower-cased group name, so a group named `My__Group` fails here too. Renaming a field is wire-compatible but changes its JSON name; add `json_name` with the old spelling if JSON clients exist.",
  examples: {
    bad: [
      `syntax = "proto3";
message User {
  string userName = 1;
         ^^^^^^^^ FIELD_LOWER_SNAKE_CASE
  string _email = 2;
         ^^^^^^ FIELD_LOWER_SNAKE_CASE
}
`
    ],
    good: [
      `syntax = "proto3";
message User {
  string user_name = 1;
  string email2 = 2;
  map<string, string> labels = 3;
}
`
    ]
  },
  target: "field",
  // Map entry fields (`key`, `value`) are synthesized; nobody can rename them.
  only: (field2) => field2.parent?.isMapEntry !== true,
  check(field2, ctx) {
    const expected = toLowerSnakeCase(field2.name);
    if (expected === field2.name) return;
    const kind = field2.isExtension ? "extension" : "field";
    ctx.report({ element: field2, at: [FIELD_NAME] }, `${kind} "${field2.name}" should be lower_snake_case: ${expected}`, {
      fix: { text: expected }
    });
  }
});

// rules/lint/FIELD_NOT_REQUIRED.ts
init_define_PROTOGUARD_WKT();
var FIELD_NOT_REQUIRED_default = lintRule({
  id: "FIELD_NOT_REQUIRED",
  categories: {
    v2: ["BASIC", "DEFAULT", "STANDARD"]
  },
  summary: "Fields are not required (`required`, `features.field_presence = LEGACY_REQUIRED`).",
  docs: "A required field can never be removed or made optional: every reader built with the old schema rejects messages without it, so the field outlives its use forever. Protobuf's own guidance is to never add required fields, and proto3 dropped them.\n\nMake the field optional (`optional` in proto2, drop `features.field_presence = LEGACY_REQUIRED` in editions) and check for presence in application code or with a protovalidate `required` rule. Changing an existing required field is itself breaking for old readers, so plan the migration. The finding points at the field name.",
  examples: {
    bad: [
      `syntax = "proto2";
message Order {
  required string id = 1;
                  ^^ FIELD_NOT_REQUIRED
}
`,
      `edition = "2023";
message Order {
  string id = 1 [features.field_presence = LEGACY_REQUIRED];
         ^^ FIELD_NOT_REQUIRED
}
`
    ],
    good: [
      `syntax = "proto2";
message Order {
  optional string id = 1;
}
`
    ]
  },
  target: "field",
  check(field2, ctx) {
    const required = field2.proto.label === FieldDescriptorProto_Label.REQUIRED || field2.proto.options?.features?.fieldPresence === FeatureSet_FieldPresence.LEGACY_REQUIRED;
    if (!required) return;
    const how = field2.file.syntax === "editions" ? "remove features.field_presence = LEGACY_REQUIRED" : 'use "optional" instead of "required"';
    ctx.report({ element: field2, at: [FIELD_NAME] }, `field "${field2.name}" should not be required (it can never be removed); ${how}`);
  }
});

// rules/lint/FIELD_NO_DESCRIPTOR.ts
init_define_PROTOGUARD_WKT();
var FIELD_NO_DESCRIPTOR_default = lintRule({
  id: "FIELD_NO_DESCRIPTOR",
  categories: {
    v1beta1: ["MINIMAL", "BASIC", "DEFAULT", "STANDARD", "SENSIBLE"]
  },
  summary: "No field is named `descriptor`, in any capitalization, with or without surrounding `_`.",
  docs: "Some generators give every message a `descriptor` member; a field of that name (or `Descriptor`, `_descriptor_`, …) then clashes with it in generated code. The rule exists only for buf.yaml `version: v1beta1`; later versions dropped it.\n\nRename the field to say what it describes (`descriptor` → `file_descriptor`, `type_descriptor`).",
  examples: {
    bad: [
      `syntax = "proto3";
message Plugin {
  bytes __Descriptor_ = 1;
        ^^^^^^^^^^^^^ FIELD_NO_DESCRIPTOR
}
`
    ],
    good: [
      `syntax = "proto3";
message Plugin {
  bytes file_descriptor = 1;
}
`
    ]
  },
  target: "field",
  check(field2, ctx) {
    if (field2.name.replace(/^_+|_+$/g, "").toLowerCase() !== "descriptor") return;
    ctx.report(
      { element: field2, at: [FIELD_NAME] },
      `field "${field2.name}" clashes with the generated "descriptor" accessor in some languages; name it after what it describes, e.g. file_descriptor`
    );
  }
});

// rules/lint/FILE_LOWER_SNAKE_CASE.ts
init_define_PROTOGUARD_WKT();
var FILE_LOWER_SNAKE_CASE_default = lintRule({
  id: "FILE_LOWER_SNAKE_CASE",
  categories: {
    v1beta1: ["DEFAULT", "STANDARD", "STYLE_DEFAULT", "STYLE_STANDARD"],
    v1: ["DEFAULT", "STANDARD"],
    v2: ["DEFAULT", "STANDARD"]
  },
  summary: "File names are lower_snake_case.",
  docs: "File names become import paths and, in many languages, generated file and module names; mixed case breaks on case-insensitive file systems and `-` or `.` in a name is not a valid identifier in most target languages.\n\nRename the file to the lower_snake_case form of its name (`BillingAccount.proto` → `billing_account.proto`) and update its imports. Digits do not start a new word (`v2_types.proto` and `types2.proto` are fine). The finding has no position, so a `buf:lint:ignore` comment cannot silence it.",
  examples: {
    bad: [{ files: { "acme/v1/BillingAccount.proto": `^ FILE_LOWER_SNAKE_CASE
syntax = "proto3";
package acme.v1;
` } }],
    good: [{ files: { "acme/v1/billing_account.proto": `syntax = "proto3";
package acme.v1;
` } }]
  },
  target: "file",
  check(file, ctx) {
    const base = file.name.slice(file.name.lastIndexOf("/") + 1);
    const dot = base.lastIndexOf(".");
    const ext = dot >= 0 ? base.slice(dot) : "";
    const stem = base.slice(0, base.length - ext.length);
    const expected = toLowerSnakeCase(stem);
    if (stem === expected) return;
    ctx.report(
      file,
      `file name "${base}" should be lower_snake_case: rename it to ${expected}${ext}`
    );
  }
});

// rules/lint/IMPORT_NO_PUBLIC.ts
init_define_PROTOGUARD_WKT();
var IMPORT_NO_PUBLIC_default = lintRule({
  id: "IMPORT_NO_PUBLIC",
  categories: {
    v1beta1: ["MINIMAL", "BASIC", "DEFAULT", "STANDARD", "SENSIBLE"],
    v1: ["BASIC", "DEFAULT", "STANDARD"],
    v2: ["BASIC", "DEFAULT", "STANDARD"]
  },
  summary: "No `import public`.",
  docs: "`import public` re-exports another file's definitions to everyone who imports this file. Several code generators do not support it (or support it differently), and it hides where a type really comes from.\n\nWrite a plain `import`, and import the file directly wherever its types are used.",
  examples: {
    bad: [
      {
        files: {
          "acme/v1/money.proto": `syntax = "proto3";
package acme.v1;
message Money {}
`,
          "acme/v1/invoice.proto": `syntax = "proto3";
package acme.v1;
import public "acme/v1/money.proto";
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ IMPORT_NO_PUBLIC
message Invoice { Money total = 1; }
`
        }
      }
    ],
    good: [
      {
        files: {
          "acme/v1/money.proto": `syntax = "proto3";
package acme.v1;
message Money {}
`,
          "acme/v1/invoice.proto": `syntax = "proto3";
package acme.v1;
import "acme/v1/money.proto";
message Invoice { Money total = 1; }
`
        }
      }
    ]
  },
  target: "import",
  only: (imp) => imp.isPublic,
  check(imp, ctx) {
    ctx.report(imp, `import "${imp.name}" should not be public: write import "${imp.name}"; and import it directly where its types are used`, {
      fix: { text: `import "${imp.name}";` }
    });
  }
});

// rules/lint/IMPORT_NO_WEAK.ts
init_define_PROTOGUARD_WKT();
var IMPORT_NO_WEAK_default = lintRule({
  id: "IMPORT_NO_WEAK",
  categories: { v1beta1: [], v1: [], v2: [] },
  deprecated: true,
  summary: "Deprecated: does nothing (kept so that configurations naming it stay valid).",
  docs: "buf deprecated this rule without a replacement and its check no longer reports anything; protoguard accepts the ID in `use`/`except` for compatibility and likewise reports nothing. Weak imports are still checked by IMPORT_USED like any other import.",
  examples: {
    bad: [],
    good: [
      {
        files: {
          "acme/v1/money.proto": `syntax = "proto2";
package acme.v1;
message Money {}
`,
          "acme/v1/invoice.proto": `syntax = "proto2";
package acme.v1;
import weak "acme/v1/money.proto";
message Invoice { optional Money total = 1; }
`
        }
      }
    ]
  },
  target: "import",
  check() {
  }
});

// rules/lint/IMPORT_USED.ts
init_define_PROTOGUARD_WKT();
var IMPORT_USED_default = lintRule({
  id: "IMPORT_USED",
  categories: {
    v1: ["BASIC", "DEFAULT", "STANDARD"],
    v2: ["BASIC", "DEFAULT", "STANDARD"]
  },
  summary: "Every import is used.",
  docs: "An unused import makes every consumer of the file load (and, in some languages, link) a file it does not need, and keeps a dependency alive that nobody remembers the reason for.\n\nRemove the import. An import counts as used when the file refers to any type, extension or custom option it defines (directly or through that file's public imports); `import public` re-exports are never reported here (see IMPORT_NO_PUBLIC). Weak imports are checked like any other.",
  examples: {
    bad: [
      `syntax = "proto3";
package acme.v1;
import "google/protobuf/timestamp.proto";
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ IMPORT_USED
message Invoice { string id = 1; }
`
    ],
    good: [
      `syntax = "proto3";
package acme.v1;
import "google/protobuf/timestamp.proto";
message Invoice { google.protobuf.Timestamp created = 1; }
`
    ]
  },
  target: "import",
  only: (imp) => imp.isUnused,
  check(imp, ctx) {
    ctx.report(imp, `import "${imp.name}" is not used by anything in this file: remove it`, { fix: { text: "" } });
  }
});

// rules/lint/MESSAGE_PASCAL_CASE.ts
init_define_PROTOGUARD_WKT();
var MESSAGE_PASCAL_CASE_default = lintRule({
  id: "MESSAGE_PASCAL_CASE",
  categories: {
    v1beta1: ["BASIC", "DEFAULT", "STANDARD", "STYLE_BASIC", "STYLE_DEFAULT", "STYLE_STANDARD"],
    v1: ["BASIC", "DEFAULT", "STANDARD"],
    v2: ["BASIC", "DEFAULT", "STANDARD"]
  },
  summary: "Message names are PascalCase.",
  docs: "Messages become classes and structs in generated code, named in PascalCase by every language's style guide; a consistent spelling keeps generated names predictable.\n\nRename the message to its PascalCase form: drop `_`, `-` and `.`, start every word with a capital (`user_profile` → `UserProfile`). Capitals already written stay (`HTTPRequest` is fine). Group names are checked too; the map entry messages the compiler synthesizes are not.",
  examples: {
    bad: [
      `syntax = "proto3";
message user_profile {
        ^^^^^^^^^^^^ MESSAGE_PASCAL_CASE
  string name = 1;
}
`
    ],
    good: [
      `syntax = "proto3";
message UserProfile {
  string name = 1;
  map<string, string> labels = 2;
}
message HTTPRequest {}
`
    ]
  },
  target: "message",
  only: (message2) => !message2.isMapEntry,
  check(message2, ctx) {
    const expected = toPascalCase(message2.name);
    if (expected === message2.name) return;
    ctx.report({ element: message2, at: [MESSAGE_NAME] }, `message "${message2.name}" should be PascalCase: ${expected}`, {
      fix: { text: expected }
    });
  }
});

// rules/lint/ONEOF_LOWER_SNAKE_CASE.ts
init_define_PROTOGUARD_WKT();
var ONEOF_LOWER_SNAKE_CASE_default = lintRule({
  id: "ONEOF_LOWER_SNAKE_CASE",
  categories: {
    v1beta1: ["BASIC", "DEFAULT", "STANDARD", "STYLE_BASIC", "STYLE_DEFAULT", "STYLE_STANDARD"],
    v1: ["BASIC", "DEFAULT", "STANDARD"],
    v2: ["BASIC", "DEFAULT", "STANDARD"]
  },
  summary: "Oneof names are lower_snake_case.",
  docs: "Generated code derives case enums and accessors from the oneof name (`getPaymentCase()`, `PaymentCase`), which only come out right from a lower_snake_case name, like field names.\n\nRename the oneof to its lower_snake_case form (`PaymentMethod` → `payment_method`). The synthetic oneof that protoc creates for a proto3 `optional` field is not checked. Oneof names are not on the wire, but renaming changes generated code.",
  examples: {
    bad: [
      `syntax = "proto3";
message Payment {
  oneof PaymentMethod {
        ^^^^^^^^^^^^^ ONEOF_LOWER_SNAKE_CASE
    string card = 1;
    string iban = 2;
  }
}
`
    ],
    good: [
      `syntax = "proto3";
message Payment {
  oneof payment_method {
    string card = 1;
    string iban = 2;
  }
  optional int32 retries = 3;
}
`
    ]
  },
  target: "oneof",
  only: (oneof) => !oneof.synthetic,
  check(oneof, ctx) {
    const expected = toLowerSnakeCase(oneof.name);
    if (expected === oneof.name) return;
    ctx.report({ element: oneof, at: [ONEOF_NAME2] }, `oneof "${oneof.name}" should be lower_snake_case: ${expected}`, {
      fix: { text: expected }
    });
  }
});

// rules/lint/PACKAGE_DEFINED.ts
init_define_PROTOGUARD_WKT();
var PACKAGE_DEFINED_default = lintRule({
  id: "PACKAGE_DEFINED",
  categories: {
    v1beta1: ["MINIMAL", "BASIC", "DEFAULT", "STANDARD", "SENSIBLE"],
    v1: ["MINIMAL", "BASIC", "DEFAULT", "STANDARD"],
    v2: ["MINIMAL", "BASIC", "DEFAULT", "STANDARD"]
  },
  summary: "Every file declares a package.",
  docs: "Without a `package` statement every type of the file lives in the global namespace, where it can clash with any other package-less type of any other schema, and code generators have no package to put it in.\n\nAdd a `package` statement that matches the file's directory (`acme/billing/v1/invoice.proto` → `package acme.billing.v1;`). The finding has no position (there is no statement to point at), so a `buf:lint:ignore` comment cannot silence it; use the configuration's `ignore_only` instead.",
  examples: {
    bad: [
      `^ PACKAGE_DEFINED
syntax = "proto3";
message Invoice {}
`
    ],
    good: [
      {
        files: {
          "acme/billing/v1/invoice.proto": `syntax = "proto3";
package acme.billing.v1;
message Invoice {}
`
        }
      }
    ]
  },
  target: "file",
  check(file, ctx) {
    if (file.package !== "") return;
    const dir = file.name.includes("/") ? file.name.slice(0, file.name.lastIndexOf("/")) : "";
    const suggestion = dir === "" ? "e.g. `package acme.v1;`" : `matching its directory: package ${dir.replaceAll("/", ".")};`;
    ctx.report(file, `file declares no package: add a package statement ${suggestion}`);
  }
});

// rules/lint/PACKAGE_DIRECTORY_MATCH.ts
init_define_PROTOGUARD_WKT();
var PACKAGE_DIRECTORY_MATCH_default = lintRule({
  id: "PACKAGE_DIRECTORY_MATCH",
  categories: {
    v1beta1: ["MINIMAL", "BASIC", "DEFAULT", "STANDARD", "FILE_LAYOUT"],
    v1: ["MINIMAL", "BASIC", "DEFAULT", "STANDARD"],
    v2: ["MINIMAL", "BASIC", "DEFAULT", "STANDARD"]
  },
  summary: "A file's directory, relative to the module root, is its package with `.` replaced by `/`.",
  docs: "When directories spell packages (`acme/billing/v1/invoice.proto` holds `package acme.billing.v1;`), import paths tell where a type lives, files of one package stay together, and generated code lands where tools expect it.\n\nMove the file to the directory its package spells (case-sensitive, relative to the module root), or change the package to match the directory. A file with a package at the module root is always reported; files without a package are left to PACKAGE_DEFINED.",
  examples: {
    bad: [
      {
        files: {
          "billing/invoice.proto": `syntax = "proto3";
package acme.billing.v1;
^^^^^^^^^^^^^^^^^^^^^^^^ PACKAGE_DIRECTORY_MATCH
`
        }
      }
    ],
    good: [{ files: { "acme/billing/v1/invoice.proto": `syntax = "proto3";
package acme.billing.v1;
` } }]
  },
  target: "file",
  only: (file) => file.package !== "",
  check(file, ctx) {
    const expected = file.package.replaceAll(".", "/");
    const slash = file.name.lastIndexOf("/");
    const dir = slash >= 0 ? file.name.slice(0, slash) : ".";
    if (dir === expected) return;
    const actual = dir === "." ? "the module root" : `"${dir}"`;
    ctx.report(
      { element: file, at: [FILE_PACKAGE] },
      `a file of package "${file.package}" should be in directory "${expected}", not ${actual}: move it there, or change the package to match its directory`
    );
  }
});

// rules/lint/PACKAGE_LOWER_SNAKE_CASE.ts
init_define_PROTOGUARD_WKT();
var PACKAGE_LOWER_SNAKE_CASE_default = lintRule({
  id: "PACKAGE_LOWER_SNAKE_CASE",
  categories: {
    v1beta1: ["BASIC", "DEFAULT", "STANDARD", "STYLE_BASIC", "STYLE_DEFAULT", "STYLE_STANDARD"],
    v1: ["BASIC", "DEFAULT", "STANDARD"],
    v2: ["BASIC", "DEFAULT", "STANDARD"]
  },
  summary: "Every component of a package name is lower_snake_case.",
  docs: "Package names become namespaces, module paths and directory names in generated code; lower_snake_case components work in every target language and match the directory layout buf expects.\n\nWrite each dot-separated component in lower_snake_case (`Acme.BillingV1` → `acme.billing_v1`) and move the files to the matching directory.",
  examples: {
    bad: [
      {
        files: {
          "Acme/Billing/v1/a.proto": `syntax = "proto3";
package Acme.Billing.v1;
^^^^^^^^^^^^^^^^^^^^^^^^ PACKAGE_LOWER_SNAKE_CASE
`
        }
      }
    ],
    good: [{ files: { "acme/billing/v1/a.proto": `syntax = "proto3";
package acme.billing.v1;
` } }]
  },
  target: "file",
  only: (file) => file.package !== "",
  check(file, ctx) {
    const expected = file.package.split(".").map(toLowerSnakeCase).join(".");
    if (expected === file.package) return;
    ctx.report(
      { element: file, at: [FILE_PACKAGE] },
      `package "${file.package}" should be lower_snake_case in every component: ${expected}`,
      { fix: { text: `package ${expected};` } }
    );
  }
});

// rules/lint/PACKAGE_NO_IMPORT_CYCLE.ts
init_define_PROTOGUARD_WKT();
function packageGraph(model) {
  const graph = /* @__PURE__ */ new Map();
  for (const f of model.files) {
    if (f.package === "") continue;
    let out = graph.get(f.package);
    if (!out) graph.set(f.package, out = /* @__PURE__ */ new Set());
    for (const imp of f.imports) {
      const q = imp.target?.package;
      if (q !== void 0 && q !== "" && q !== f.package) out.add(q);
    }
  }
  return graph;
}
function reach(graph, from) {
  const previous = /* @__PURE__ */ new Map([[from, from]]);
  const queue = [from];
  for (let i = 0; i < queue.length; i++) {
    for (const q of graph.get(queue[i]) ?? []) {
      if (!previous.has(q)) {
        previous.set(q, queue[i]);
        queue.push(q);
      }
    }
  }
  return previous;
}
function pathTo(tree, to) {
  if (!tree.has(to)) return void 0;
  const out = [to];
  for (let p = to; tree.get(p) !== p; ) out.push(p = tree.get(p));
  return out.reverse();
}
var caches = /* @__PURE__ */ new WeakMap();
var PACKAGE_NO_IMPORT_CYCLE_default = lintRule({
  id: "PACKAGE_NO_IMPORT_CYCLE",
  categories: { v1: [], v2: ["MINIMAL", "BASIC", "DEFAULT", "STANDARD"] },
  summary: "No cycle in the package import graph.",
  docs: "Files may not import each other in a cycle, but their packages can: `a.v1` imports a file of `b.v1` which imports a file of `a.v1`. Languages that compile one unit per package (Go, for one) reject such code, and the two packages can no longer be versioned or released apart.\n\nMove the types both packages need into a third package that imports neither. Every import in a linted file that leads into a cycle back to its own package is reported; dependencies count as part of the graph, files without a package do not. In v1 configurations the rule is off by default and belongs to no category.",
  examples: {
    bad: [
      {
        files: {
          "a/v1/a.proto": `syntax = "proto3";
package a.v1;
import "b/v1/b.proto";
^^^^^^^^^^^^^^^^^^^^^^ PACKAGE_NO_IMPORT_CYCLE
message A { b.v1.B b = 1; }
`,
          "b/v1/b.proto": `syntax = "proto3";
package b.v1;
import "a/v1/base.proto";
^^^^^^^^^^^^^^^^^^^^^^^^^ PACKAGE_NO_IMPORT_CYCLE
message B { a.v1.Base base = 1; }
`,
          "a/v1/base.proto": `syntax = "proto3";
package a.v1;
message Base {}
`
        }
      }
    ],
    good: [
      {
        files: {
          "a/v1/a.proto": `syntax = "proto3";
package a.v1;
import "b/v1/b.proto";
message A { b.v1.B b = 1; }
`,
          "b/v1/b.proto": `syntax = "proto3";
package b.v1;
import "common/v1/base.proto";
message B { common.v1.Base base = 1; }
`,
          "common/v1/base.proto": `syntax = "proto3";
package common.v1;
message Base {}
`
        }
      }
    ]
  },
  target: "import",
  only: (imp) => imp.file.package !== "" && !!imp.target && imp.target.package !== "" && imp.target.package !== imp.file.package,
  check(imp, ctx) {
    let cache2 = caches.get(ctx.model);
    if (!cache2) caches.set(ctx.model, cache2 = { graph: packageGraph(ctx.model), trees: /* @__PURE__ */ new Map() });
    const from = imp.target.package;
    let tree = cache2.trees.get(from);
    if (!tree) cache2.trees.set(from, tree = reach(cache2.graph, from));
    const cycle = pathTo(tree, imp.file.package);
    if (!cycle) return;
    ctx.report(
      imp,
      `import "${imp.name}" closes a package import cycle ${[imp.file.package, ...cycle].join(" -> ")}: move the types both packages need into a package that imports neither`
    );
  }
});

// rules/lint/PACKAGE_SAME_CSHARP_NAMESPACE.ts
init_define_PROTOGUARD_WKT();

// src/engine/package-same.ts
init_define_PROTOGUARD_WKT();
var OPTION_FIELD = {
  java_package: 1,
  java_multiple_files: 10,
  go_package: 11,
  csharp_namespace: 37,
  swift_prefix: 39,
  php_namespace: 41,
  ruby_package: 45
};
function sameOptionValue(file, option) {
  const o = file.proto.options;
  if (!o) return "";
  switch (option) {
    case "java_multiple_files":
      return isFieldSet(o, FileOptionsSchema.field.javaMultipleFiles) ? String(o.javaMultipleFiles) : "";
    case "csharp_namespace":
      return o.csharpNamespace ?? "";
    case "go_package":
      return o.goPackage ?? "";
    case "java_package":
      return o.javaPackage ?? "";
    case "php_namespace":
      return o.phpNamespace ?? "";
    case "ruby_package":
      return o.rubyPackage ?? "";
    case "swift_prefix":
      return o.swiftPrefix ?? "";
  }
}
function byPackage(files) {
  const groups = /* @__PURE__ */ new Map();
  for (const f of files) {
    const g = groups.get(f.package);
    if (g) g.push(f);
    else groups.set(f.package, [f]);
  }
  return groups;
}
var quote = (v) => v === "" ? "no value" : JSON.stringify(v);
function listValues(values) {
  const set = [...values].filter((v) => v !== "").sort();
  const parts = set.map(quote);
  if (values.has("")) parts.push("no value");
  return parts.length <= 1 ? parts.join("") : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}
function packageSameRule(spec) {
  const { option } = spec;
  const field2 = OPTION_FIELD[option];
  return lintRule({
    id: spec.id,
    categories: {
      v1beta1: ["MINIMAL", "BASIC", "DEFAULT", "STANDARD", "PACKAGE_AFFINITY"],
      v1: ["BASIC", "DEFAULT", "STANDARD"],
      v2: ["BASIC", "DEFAULT", "STANDARD"]
    },
    summary: `All files of a package set the same \`${option}\` option.`,
    docs: `Every file of one package must give \`option ${option}\` the same value, or all leave it unset. ${spec.why}

Files without a package count as one package here. An option set to the empty string counts as not set` + (option === "java_multiple_files" ? ", but an explicit `false` is a value of its own and differs from not set" : "") + ".\n\nEvery file of a disagreeing package is reported, at its option statement (or at the top of the file when it does not set the option): pick the value the package should have and write it in each file.",
    examples: spec.examples,
    target: "files",
    check(files, ctx) {
      for (const [pkg, group] of byPackage(files)) {
        const values = new Set(group.map((f) => sameOptionValue(f, option)));
        if (values.size < 2) continue;
        const all = listValues(values);
        const pkgText = pkg === "" ? "files without a package" : `package "${pkg}"`;
        for (const f of group) {
          const own = sameOptionValue(f, option);
          const here = own === "" ? "this file does not set it" : `this file has ${quote(own)}`;
          ctx.report(
            { element: f, at: [FILE_OPTIONS, field2], fallback: "none" },
            `option ${option} differs between the files of ${pkgText} (${all}); ${here}: set the same value in every file of the package`
          );
        }
      }
    }
  });
}

// rules/lint/PACKAGE_SAME_CSHARP_NAMESPACE.ts
var PACKAGE_SAME_CSHARP_NAMESPACE_default = packageSameRule({
  id: "PACKAGE_SAME_CSHARP_NAMESPACE",
  option: "csharp_namespace",
  why: "C# puts the types of a proto package into one namespace; two namespaces split the package's generated API in two.",
  examples: {
    bad: [
      {
        files: {
          "acme/v1/a.proto": `syntax = "proto3";
package acme.v1;
option csharp_namespace = "Acme.V1";
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ PACKAGE_SAME_CSHARP_NAMESPACE
message A {}
`,
          "acme/v1/b.proto": `syntax = "proto3";
package acme.v1;
option csharp_namespace = "Acme.Shop.V1";
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ PACKAGE_SAME_CSHARP_NAMESPACE
message B {}
`
        }
      }
    ],
    good: [
      {
        files: {
          "acme/v1/a.proto": `syntax = "proto3";
package acme.v1;
option csharp_namespace = "Acme.V1";
message A {}
`,
          "acme/v1/b.proto": `syntax = "proto3";
package acme.v1;
option csharp_namespace = "Acme.V1";
message B {}
`
        }
      }
    ]
  }
});

// rules/lint/PACKAGE_SAME_DIRECTORY.ts
init_define_PROTOGUARD_WKT();
var dirOf2 = (f) => f.name.includes("/") ? f.name.slice(0, f.name.lastIndexOf("/")) : ".";
var PACKAGE_SAME_DIRECTORY_default = lintRule({
  id: "PACKAGE_SAME_DIRECTORY",
  categories: {
    v1beta1: ["MINIMAL", "BASIC", "DEFAULT", "STANDARD", "FILE_LAYOUT"],
    v1: ["MINIMAL", "BASIC", "DEFAULT", "STANDARD"],
    v2: ["MINIMAL", "BASIC", "DEFAULT", "STANDARD"]
  },
  summary: "All files of one package live in a single directory.",
  docs: "Code generators map a package to one output directory or module; a package spread over several directories generates into several places that each hold only part of it.\n\nMove every file of the package into one directory, the one its name spells (`acme/billing/v1/` for `acme.billing.v1`). Files without a package are grouped together here too, so package-less files in different directories are reported: give them packages. Every file of the package is reported, at its package statement (or at the top of the file when it has none).",
  examples: {
    bad: [
      {
        files: {
          "acme/billing/v1/invoice.proto": `syntax = "proto3";
package acme.billing.v1;
^^^^^^^^^^^^^^^^^^^^^^^^ PACKAGE_SAME_DIRECTORY
`,
          "acme/billing/v1/extra/refund.proto": `syntax = "proto3";
package acme.billing.v1;
^^^^^^^^^^^^^^^^^^^^^^^^ PACKAGE_SAME_DIRECTORY
`
        }
      }
    ],
    good: [
      {
        files: {
          "acme/billing/v1/invoice.proto": `syntax = "proto3";
package acme.billing.v1;
`,
          "acme/billing/v1/refund.proto": `syntax = "proto3";
package acme.billing.v1;
`
        }
      }
    ]
  },
  target: "files",
  check(files, ctx) {
    for (const [pkg, group] of byPackage(files)) {
      const dirs = new Set(group.map(dirOf2));
      if (dirs.size < 2) continue;
      const list = [...dirs].sort().map((d) => `"${d}"`).join(", ");
      const message2 = pkg === "" ? `files without a package are spread over directories ${list}: give each file the package its directory spells` : `package "${pkg}" is spread over directories ${list}: keep all its files in one directory ("${pkg.replaceAll(".", "/")}")`;
      for (const f of group) ctx.report({ element: f, at: [FILE_PACKAGE], fallback: "none" }, message2);
    }
  }
});

// rules/lint/PACKAGE_SAME_GO_PACKAGE.ts
init_define_PROTOGUARD_WKT();
var PACKAGE_SAME_GO_PACKAGE_default = packageSameRule({
  id: "PACKAGE_SAME_GO_PACKAGE",
  option: "go_package",
  why: "Go generates one Go package per proto package; files that name different import paths produce code that cannot refer to each other's types.",
  examples: {
    bad: [
      {
        files: {
          "acme/v1/a.proto": `syntax = "proto3";
package acme.v1;
option go_package = "example.com/acme/v1;acmev1";
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ PACKAGE_SAME_GO_PACKAGE
message A {}
`,
          "acme/v1/b.proto": `syntax = "proto3";
package acme.v1;
option go_package = "example.com/acme/shop/v1;shopv1";
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ PACKAGE_SAME_GO_PACKAGE
message B {}
`
        }
      }
    ],
    good: [
      {
        files: {
          "acme/v1/a.proto": `syntax = "proto3";
package acme.v1;
option go_package = "example.com/acme/v1;acmev1";
message A {}
`,
          "acme/v1/b.proto": `syntax = "proto3";
package acme.v1;
option go_package = "example.com/acme/v1;acmev1";
message B {}
`
        }
      }
    ]
  }
});

// rules/lint/PACKAGE_SAME_JAVA_MULTIPLE_FILES.ts
init_define_PROTOGUARD_WKT();
var PACKAGE_SAME_JAVA_MULTIPLE_FILES_default = packageSameRule({
  id: "PACKAGE_SAME_JAVA_MULTIPLE_FILES",
  option: "java_multiple_files",
  why: "It decides whether Java classes are nested in an outer class or emitted one per file; mixing both makes the generated API of one package inconsistent.",
  examples: {
    bad: [
      {
        files: {
          "acme/v1/a.proto": `syntax = "proto3";
package acme.v1;
option java_multiple_files = true;
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ PACKAGE_SAME_JAVA_MULTIPLE_FILES
message A {}
`,
          "acme/v1/b.proto": `syntax = "proto3";
package acme.v1;
option java_multiple_files = false;
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ PACKAGE_SAME_JAVA_MULTIPLE_FILES
message B {}
`
        }
      }
    ],
    good: [
      {
        files: {
          "acme/v1/a.proto": `syntax = "proto3";
package acme.v1;
option java_multiple_files = true;
message A {}
`,
          "acme/v1/b.proto": `syntax = "proto3";
package acme.v1;
option java_multiple_files = true;
message B {}
`
        }
      }
    ]
  }
});

// rules/lint/PACKAGE_SAME_JAVA_PACKAGE.ts
init_define_PROTOGUARD_WKT();
var PACKAGE_SAME_JAVA_PACKAGE_default = packageSameRule({
  id: "PACKAGE_SAME_JAVA_PACKAGE",
  option: "java_package",
  why: "Java generates the types of a proto package into one Java package; two values split it.",
  examples: {
    bad: [
      {
        files: {
          "acme/v1/a.proto": `syntax = "proto3";
package acme.v1;
option java_package = "com.acme.v1";
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ PACKAGE_SAME_JAVA_PACKAGE
message A {}
`,
          "acme/v1/b.proto": `syntax = "proto3";
package acme.v1;
option java_package = "com.acme.shop.v1";
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ PACKAGE_SAME_JAVA_PACKAGE
message B {}
`
        }
      }
    ],
    good: [
      {
        files: {
          "acme/v1/a.proto": `syntax = "proto3";
package acme.v1;
option java_package = "com.acme.v1";
message A {}
`,
          "acme/v1/b.proto": `syntax = "proto3";
package acme.v1;
option java_package = "com.acme.v1";
message B {}
`
        }
      }
    ]
  }
});

// rules/lint/PACKAGE_SAME_PHP_NAMESPACE.ts
init_define_PROTOGUARD_WKT();
var PACKAGE_SAME_PHP_NAMESPACE_default = packageSameRule({
  id: "PACKAGE_SAME_PHP_NAMESPACE",
  option: "php_namespace",
  why: "PHP puts the types of a proto package into one namespace; two values split it.",
  examples: {
    bad: [
      {
        files: {
          "acme/v1/a.proto": `syntax = "proto3";
package acme.v1;
option php_namespace = "AcmeV1";
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ PACKAGE_SAME_PHP_NAMESPACE
message A {}
`,
          "acme/v1/b.proto": `syntax = "proto3";
package acme.v1;
option php_namespace = "AcmeShopV1";
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ PACKAGE_SAME_PHP_NAMESPACE
message B {}
`
        }
      }
    ],
    good: [
      {
        files: {
          "acme/v1/a.proto": `syntax = "proto3";
package acme.v1;
option php_namespace = "AcmeV1";
message A {}
`,
          "acme/v1/b.proto": `syntax = "proto3";
package acme.v1;
option php_namespace = "AcmeV1";
message B {}
`
        }
      }
    ]
  }
});

// rules/lint/PACKAGE_SAME_RUBY_PACKAGE.ts
init_define_PROTOGUARD_WKT();
var PACKAGE_SAME_RUBY_PACKAGE_default = packageSameRule({
  id: "PACKAGE_SAME_RUBY_PACKAGE",
  option: "ruby_package",
  why: "Ruby puts the types of a proto package into one module; two values split it.",
  examples: {
    bad: [
      {
        files: {
          "acme/v1/a.proto": `syntax = "proto3";
package acme.v1;
option ruby_package = "Acme::V1";
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ PACKAGE_SAME_RUBY_PACKAGE
message A {}
`,
          "acme/v1/b.proto": `syntax = "proto3";
package acme.v1;
option ruby_package = "Acme::Shop::V1";
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ PACKAGE_SAME_RUBY_PACKAGE
message B {}
`
        }
      }
    ],
    good: [
      {
        files: {
          "acme/v1/a.proto": `syntax = "proto3";
package acme.v1;
option ruby_package = "Acme::V1";
message A {}
`,
          "acme/v1/b.proto": `syntax = "proto3";
package acme.v1;
option ruby_package = "Acme::V1";
message B {}
`
        }
      }
    ]
  }
});

// rules/lint/PACKAGE_SAME_SWIFT_PREFIX.ts
init_define_PROTOGUARD_WKT();
var PACKAGE_SAME_SWIFT_PREFIX_default = packageSameRule({
  id: "PACKAGE_SAME_SWIFT_PREFIX",
  option: "swift_prefix",
  why: "Swift prefixes every generated type of the package with it; two values give one package two naming schemes.",
  examples: {
    bad: [
      {
        files: {
          "acme/v1/a.proto": `syntax = "proto3";
package acme.v1;
option swift_prefix = "AV1";
^^^^^^^^^^^^^^^^^^^^^^^^^^^^ PACKAGE_SAME_SWIFT_PREFIX
message A {}
`,
          "acme/v1/b.proto": `syntax = "proto3";
package acme.v1;
option swift_prefix = "ASV1";
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ PACKAGE_SAME_SWIFT_PREFIX
message B {}
`
        }
      }
    ],
    good: [
      {
        files: {
          "acme/v1/a.proto": `syntax = "proto3";
package acme.v1;
option swift_prefix = "AV1";
message A {}
`,
          "acme/v1/b.proto": `syntax = "proto3";
package acme.v1;
option swift_prefix = "AV1";
message B {}
`
        }
      }
    ]
  }
});

// rules/lint/PACKAGE_VERSION_SUFFIX.ts
init_define_PROTOGUARD_WKT();
function suggest(pkg) {
  const dot = pkg.lastIndexOf(".");
  const last = pkg.slice(dot + 1);
  const malformed = /^v(\d+)/.exec(last);
  if (dot < 0 || !malformed) return `${pkg}.v1`;
  const major = Number(malformed[1]) >= 1 ? String(Number(malformed[1])) : "1";
  return `${pkg.slice(0, dot)}.v${major}`;
}
var PACKAGE_VERSION_SUFFIX_default = lintRule({
  id: "PACKAGE_VERSION_SUFFIX",
  categories: {
    v1beta1: ["DEFAULT", "STANDARD", "STYLE_DEFAULT", "STYLE_STANDARD"],
    v1: ["DEFAULT", "STANDARD"],
    v2: ["DEFAULT", "STANDARD"]
  },
  summary: "Package names end in a version (`v1`, `v1beta1`, `v2alpha`, `v1test`).",
  docs: "A version in the package name lets a new, incompatible version of an API live beside the old one (`acme.billing.v2` next to `acme.billing.v1`) instead of breaking every client at once.\n\nEnd the package with a version component: `vN` for stable, `vNalphaM`/`vNbetaM` (the number is optional, `vNpPalphaM`/`vNpPbetaM` with a patch), or `vNtest…`, where every number is at least 1. A single-component package (`v1`) has no version. Files without a package are left to PACKAGE_DEFINED.",
  examples: {
    bad: [
      {
        files: {
          "acme/billing/a.proto": `syntax = "proto3";
package acme.billing;
^^^^^^^^^^^^^^^^^^^^^ PACKAGE_VERSION_SUFFIX
`
        }
      },
      {
        files: {
          "acme/billing/v1rc1/a.proto": `syntax = "proto3";
package acme.billing.v1rc1;
^^^^^^^^^^^^^^^^^^^^^^^^^^^ PACKAGE_VERSION_SUFFIX
`
        }
      }
    ],
    good: [
      { files: { "acme/billing/v1/a.proto": `syntax = "proto3";
package acme.billing.v1;
` } },
      { files: { "acme/billing/v2beta1/a.proto": `syntax = "proto3";
package acme.billing.v2beta1;
` } }
    ]
  },
  target: "file",
  only: (file) => file.package !== "",
  check(file, ctx) {
    if (parsePackageVersion(file.package)) return;
    ctx.report(
      { element: file, at: [FILE_PACKAGE] },
      `package "${file.package}" should end in a version component (v1, v1beta1, v1alpha1, v1test): ${suggest(file.package)}`
    );
  }
});

// rules/lint/RPC_NO_CLIENT_STREAMING.ts
init_define_PROTOGUARD_WKT();
var RPC_NO_CLIENT_STREAMING_default = lintRule({
  id: "RPC_NO_CLIENT_STREAMING",
  categories: {
    v1beta1: ["UNARY_RPC"],
    v1: ["UNARY_RPC"],
    v2: ["UNARY_RPC"]
  },
  summary: "RPCs do not stream requests (`rpc X(stream Req)`).",
  docs: "Client streaming needs HTTP/2 end to end: browsers (gRPC-Web, Connect over HTTP/1.1), many proxies and load balancers cannot carry it, and streams are harder to retry, time out and observe than unary calls. Teams that need every RPC callable from everywhere enable the UNARY_RPC category.\n\nSend the data in one request, or split it into unary calls (e.g. an upload session: `StartUpload`, `UploadChunk`, `FinishUpload`). The finding covers the whole RPC.",
  examples: {
    bad: [
      `syntax = "proto3";
message UploadRequest {}
message UploadResponse {}
service FileService {
  rpc Upload(stream UploadRequest) returns (UploadResponse);
  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ RPC_NO_CLIENT_STREAMING
}
`
    ],
    good: [
      `syntax = "proto3";
message UploadRequest {}
message UploadResponse {}
service FileService {
  rpc Upload(UploadRequest) returns (UploadResponse);
}
`
    ]
  },
  target: "method",
  only: (method) => method.clientStreaming,
  check(method, ctx) {
    ctx.report(method, `rpc "${method.name}" streams its request; make it unary: remove "stream" before ${method.inputType.slice(method.inputType.lastIndexOf(".") + 1)}`);
  }
});

// rules/lint/RPC_NO_SERVER_STREAMING.ts
init_define_PROTOGUARD_WKT();
var RPC_NO_SERVER_STREAMING_default = lintRule({
  id: "RPC_NO_SERVER_STREAMING",
  categories: {
    v1beta1: ["UNARY_RPC"],
    v1: ["UNARY_RPC"],
    v2: ["UNARY_RPC"]
  },
  summary: "RPCs do not stream responses (`returns (stream Resp)`).",
  docs: "Streaming responses need long-lived connections that some proxies, load balancers and serverless platforms cut, and streams are harder to retry, time out and observe than unary calls. Teams that need every RPC callable from everywhere enable the UNARY_RPC category.\n\nReturn the data in one response, page through it with unary calls (`page_token` / `next_page_token`), or poll. The finding covers the whole RPC.",
  examples: {
    bad: [
      `syntax = "proto3";
message WatchRequest {}
message WatchResponse {}
service EventService {
  rpc Watch(WatchRequest) returns (stream WatchResponse);
  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ RPC_NO_SERVER_STREAMING
}
`
    ],
    good: [
      `syntax = "proto3";
message WatchRequest {}
message WatchResponse {}
service EventService {
  rpc Watch(WatchRequest) returns (WatchResponse);
}
`
    ]
  },
  target: "method",
  only: (method) => method.serverStreaming,
  check(method, ctx) {
    ctx.report(method, `rpc "${method.name}" streams its response; make it unary: remove "stream" before ${method.outputType.slice(method.outputType.lastIndexOf(".") + 1)}`);
  }
});

// rules/lint/RPC_PASCAL_CASE.ts
init_define_PROTOGUARD_WKT();
var RPC_PASCAL_CASE_default = lintRule({
  id: "RPC_PASCAL_CASE",
  categories: {
    v1beta1: ["BASIC", "DEFAULT", "STANDARD", "STYLE_BASIC", "STYLE_DEFAULT", "STYLE_STANDARD"],
    v1: ["BASIC", "DEFAULT", "STANDARD"],
    v2: ["BASIC", "DEFAULT", "STANDARD"]
  },
  summary: "RPC names are PascalCase.",
  docs: "RPC names become method names in generated clients and servers and appear in request URLs (`/acme.v1.UserService/GetUser`); PascalCase is the convention every protobuf style guide uses.\n\nRename the RPC to its PascalCase form: drop `_`, `-` and `.`, start every word with a capital (`get_user` → `GetUser`). The name is on the wire, so rename before clients call it.",
  examples: {
    bad: [
      `syntax = "proto3";
message GetUserRequest {}
message GetUserResponse {}
service UserService {
  rpc get_user(GetUserRequest) returns (GetUserResponse);
      ^^^^^^^^ RPC_PASCAL_CASE
}
`
    ],
    good: [
      `syntax = "proto3";
message GetUserRequest {}
message GetUserResponse {}
service UserService {
  rpc GetUser(GetUserRequest) returns (GetUserResponse);
}
`
    ]
  },
  target: "method",
  check(method, ctx) {
    const expected = toPascalCase(method.name);
    if (expected === method.name) return;
    ctx.report({ element: method, at: [METHOD_NAME] }, `rpc "${method.name}" should be PascalCase: ${expected}`, {
      fix: { text: expected }
    });
  }
});

// rules/lint/RPC_REQUEST_RESPONSE_UNIQUE.ts
init_define_PROTOGUARD_WKT();
var EMPTY2 = "google.protobuf.Empty";
function rpcNames(methods) {
  return methods.map((m) => `${m.parent.name}.${m.name}`).sort().join(", ");
}
var RPC_REQUEST_RESPONSE_UNIQUE_default = lintRule({
  id: "RPC_REQUEST_RESPONSE_UNIQUE",
  categories: {
    v1beta1: ["DEFAULT", "STANDARD", "STYLE_DEFAULT", "STYLE_STANDARD"],
    v1: ["DEFAULT", "STANDARD"],
    v2: ["DEFAULT", "STANDARD"]
  },
  summary: "Each RPC has its own request and response messages, not shared with other RPCs or with each other.",
  docs: "When RPCs share a message, or one message is both request and response, adding a field for one call changes the others too: the new field shows up where it means nothing, and the calls can no longer evolve apart.\n\nGive every RPC its own `<Rpc>Request` and `<Rpc>Response` messages, and put shared data inside them (`message GetUserResponse { User user = 1; }`). The rule looks across all linted files and services. buf.yaml options relax it: `lint.rpc_allow_same_request_response` allows one type as both request and response of an RPC; `lint.rpc_allow_google_protobuf_empty_requests` / `_responses` let any number of RPCs take / return `google.protobuf.Empty` (with only one of them set, sharing Empty on the other side is still reported; an RPC taking and returning Empty needs both). Every RPC involved is reported.",
  examples: {
    bad: [
      `syntax = "proto3";
message User {}
message GetUserRequest {}
service UserService {
  rpc GetUser(GetUserRequest) returns (User);
  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ RPC_REQUEST_RESPONSE_UNIQUE
  rpc UpdateUser(User) returns (User);
  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ RPC_REQUEST_RESPONSE_UNIQUE
  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ RPC_REQUEST_RESPONSE_UNIQUE
}
`
    ],
    good: [
      `syntax = "proto3";
message GetUserRequest {}
message GetUserResponse {}
message UpdateUserRequest {}
message UpdateUserResponse {}
service UserService {
  rpc GetUser(GetUserRequest) returns (GetUserResponse);
  rpc UpdateUser(UpdateUserRequest) returns (UpdateUserResponse);
}
`,
      {
        files: {
          "example.proto": `syntax = "proto3";
import "google/protobuf/empty.proto";
service HealthService {
  rpc Ping(google.protobuf.Empty) returns (google.protobuf.Empty);
  rpc Ready(google.protobuf.Empty) returns (google.protobuf.Empty);
}
`
        },
        config: { rpc_allow_google_protobuf_empty_requests: true, rpc_allow_google_protobuf_empty_responses: true }
      }
    ]
  },
  target: "files",
  check(files, ctx) {
    const { rpcAllowSameRequestResponse, rpcAllowGoogleProtobufEmptyRequests: emptyIn, rpcAllowGoogleProtobufEmptyResponses: emptyOut } = ctx.options;
    const methods = files.flatMap((f) => f.services.flatMap((s) => s.methods));
    if (!rpcAllowSameRequestResponse) {
      for (const m of methods) {
        if (m.inputType !== m.outputType || m.inputType === EMPTY2 && emptyIn && emptyOut) continue;
        const p = toPascalCase(m.name);
        ctx.report(m, `rpc "${m.name}" uses "${m.inputType}" as both request and response; give it its own ${p}Request and ${p}Response messages`);
      }
    }
    const users = /* @__PURE__ */ new Map();
    for (const m of methods) {
      for (const type of /* @__PURE__ */ new Set([m.inputType, m.outputType])) {
        const list = users.get(type);
        if (list) list.push(m);
        else users.set(type, [m]);
      }
    }
    for (const [type, using] of users) {
      if (using.length < 2) continue;
      if (type === EMPTY2 && (emptyIn || emptyOut)) {
        if (emptyIn && emptyOut) continue;
        const side = emptyIn ? "response" : "request";
        const shared = using.filter((m) => (side === "request" ? m.inputType : m.outputType) === EMPTY2);
        if (shared.length < 2) continue;
        const option = side === "request" ? "rpc_allow_google_protobuf_empty_requests" : "rpc_allow_google_protobuf_empty_responses";
        for (const m of shared) {
          const own = `${toPascalCase(m.name)}${side === "request" ? "Request" : "Response"}`;
          ctx.report(
            m,
            `"${EMPTY2}" is the ${side} of ${shared.length} RPCs (${rpcNames(shared)}); give rpc "${m.name}" its own ${own} message, or set ${option}`
          );
        }
        continue;
      }
      for (const m of using) {
        const p = toPascalCase(m.name);
        ctx.report(
          m,
          `"${type}" is the request or response of ${using.length} RPCs (${rpcNames(using)}); give rpc "${m.name}" its own ${p}Request and ${p}Response messages`
        );
      }
    }
  }
});

// rules/lint/RPC_REQUEST_STANDARD_NAME.ts
init_define_PROTOGUARD_WKT();
var RPC_REQUEST_STANDARD_NAME_default = lintRule({
  id: "RPC_REQUEST_STANDARD_NAME",
  categories: {
    v1beta1: ["DEFAULT", "STANDARD", "STYLE_DEFAULT", "STYLE_STANDARD"],
    v1: ["DEFAULT", "STANDARD"],
    v2: ["DEFAULT", "STANDARD"]
  },
  summary: "Request messages are named after their RPC: `GetUserRequest` or `UserServiceGetUserRequest`.",
  docs: "A request message of its own per RPC, named after it, can gain fields later without touching other RPCs, and tells readers at once which call a message belongs to.\n\nName the request type `<Rpc>Request` or `<Service><Rpc>Request`, with the RPC and service names in PascalCase (`rpc GetUser` in `UserService` → `GetUserRequest` or `UserServiceGetUserRequest`). Only the type's own name is compared, not its package. `google.protobuf.Empty` passes only with `lint.rpc_allow_google_protobuf_empty_requests: true`; a dedicated empty message is the better choice, since it can grow. The finding points at the request type.",
  examples: {
    bad: [
      `syntax = "proto3";
message User {}
message GetUserResponse {}
service UserService {
  rpc GetUser(User) returns (GetUserResponse);
              ^^^^ RPC_REQUEST_STANDARD_NAME
}
`
    ],
    good: [
      `syntax = "proto3";
message GetUserRequest {}
message GetUserResponse {}
message UserServiceListUsersRequest {}
message ListUsersResponse {}
service UserService {
  rpc GetUser(GetUserRequest) returns (GetUserResponse);
  rpc ListUsers(UserServiceListUsersRequest) returns (ListUsersResponse);
}
`,
      {
        files: {
          "example.proto": `syntax = "proto3";
import "google/protobuf/empty.proto";
message PingResponse {}
service HealthService {
  rpc Ping(google.protobuf.Empty) returns (PingResponse);
}
`
        },
        config: { rpc_allow_google_protobuf_empty_requests: true }
      }
    ]
  },
  target: "method",
  only: (method, ctx) => !(ctx.options.rpcAllowGoogleProtobufEmptyRequests && method.inputType === "google.protobuf.Empty"),
  check(method, ctx) {
    const name = method.inputType.slice(method.inputType.lastIndexOf(".") + 1);
    const short = `${toPascalCase(method.name)}Request`;
    const long = `${toPascalCase(method.parent.name)}${short}`;
    if (name === short || name === long) return;
    ctx.report(
      { element: method, at: [METHOD_INPUT_TYPE] },
      `rpc "${method.name}" takes "${name}"; name its request message ${short} (or ${long})`
    );
  }
});

// rules/lint/RPC_RESPONSE_STANDARD_NAME.ts
init_define_PROTOGUARD_WKT();
var RPC_RESPONSE_STANDARD_NAME_default = lintRule({
  id: "RPC_RESPONSE_STANDARD_NAME",
  categories: {
    v1beta1: ["DEFAULT", "STANDARD", "STYLE_DEFAULT", "STYLE_STANDARD"],
    v1: ["DEFAULT", "STANDARD"],
    v2: ["DEFAULT", "STANDARD"]
  },
  summary: "Response messages are named after their RPC: `GetUserResponse` or `UserServiceGetUserResponse`.",
  docs: "A response message of its own per RPC, named after it, can gain fields later (pagination tokens, metadata) without touching other RPCs, and tells readers at once which call a message belongs to.\n\nName the response type `<Rpc>Response` or `<Service><Rpc>Response`, with the RPC and service names in PascalCase (`rpc GetUser` in `UserService` → `GetUserResponse` or `UserServiceGetUserResponse`); wrap a domain message in it (`message GetUserResponse { User user = 1; }`) rather than returning it directly. Only the type's own name is compared, not its package. `google.protobuf.Empty` passes only with `lint.rpc_allow_google_protobuf_empty_responses: true`. The finding points at the response type.",
  examples: {
    bad: [
      `syntax = "proto3";
message GetUserRequest {}
message User {}
service UserService {
  rpc GetUser(GetUserRequest) returns (User);
                                       ^^^^ RPC_RESPONSE_STANDARD_NAME
}
`
    ],
    good: [
      `syntax = "proto3";
message User {}
message GetUserRequest {}
message GetUserResponse { User user = 1; }
service UserService {
  rpc GetUser(GetUserRequest) returns (GetUserResponse);
}
`,
      {
        files: {
          "example.proto": `syntax = "proto3";
import "google/protobuf/empty.proto";
message DeleteUserRequest {}
service UserService {
  rpc DeleteUser(DeleteUserRequest) returns (google.protobuf.Empty);
}
`
        },
        config: { rpc_allow_google_protobuf_empty_responses: true }
      }
    ]
  },
  target: "method",
  only: (method, ctx) => !(ctx.options.rpcAllowGoogleProtobufEmptyResponses && method.outputType === "google.protobuf.Empty"),
  check(method, ctx) {
    const name = method.outputType.slice(method.outputType.lastIndexOf(".") + 1);
    const short = `${toPascalCase(method.name)}Response`;
    const long = `${toPascalCase(method.parent.name)}${short}`;
    if (name === short || name === long) return;
    ctx.report(
      { element: method, at: [METHOD_OUTPUT_TYPE] },
      `rpc "${method.name}" returns "${name}"; name its response message ${short} (or ${long})`
    );
  }
});

// rules/lint/SERVICE_PASCAL_CASE.ts
init_define_PROTOGUARD_WKT();
var SERVICE_PASCAL_CASE_default = lintRule({
  id: "SERVICE_PASCAL_CASE",
  categories: {
    v1beta1: ["BASIC", "DEFAULT", "STANDARD", "STYLE_BASIC", "STYLE_DEFAULT", "STYLE_STANDARD"],
    v1: ["BASIC", "DEFAULT", "STANDARD"],
    v2: ["BASIC", "DEFAULT", "STANDARD"]
  },
  summary: "Service names are PascalCase.",
  docs: "Services become client and server types in generated code and appear in every request URL (`/acme.v1.UserService/GetUser`); PascalCase matches the style of every target language.\n\nRename the service to its PascalCase form: drop `_`, `-` and `.`, start every word with a capital (`user_service` → `UserService`). The name is part of the wire protocol of gRPC and Connect, so rename before clients depend on it.",
  examples: {
    bad: [
      `syntax = "proto3";
service user_service {}
        ^^^^^^^^^^^^ SERVICE_PASCAL_CASE
`
    ],
    good: [
      `syntax = "proto3";
service UserService {}
`
    ]
  },
  target: "service",
  check(service2, ctx) {
    const expected = toPascalCase(service2.name);
    if (expected === service2.name) return;
    ctx.report({ element: service2, at: [SERVICE_NAME] }, `service "${service2.name}" should be PascalCase: ${expected}`, {
      fix: { text: expected }
    });
  }
});

// rules/lint/SERVICE_SUFFIX.ts
init_define_PROTOGUARD_WKT();
var SERVICE_SUFFIX_default = lintRule({
  id: "SERVICE_SUFFIX",
  categories: {
    v1beta1: ["DEFAULT", "STANDARD", "STYLE_DEFAULT", "STYLE_STANDARD"],
    v1: ["DEFAULT", "STANDARD"],
    v2: ["DEFAULT", "STANDARD"]
  },
  summary: "Service names end with `Service` (configurable).",
  docs: "A fixed suffix tells services apart from messages at a glance and keeps generated client and server types (`UserServiceClient`) from colliding with message types of the same package.\n\nRename the service to end with the suffix (`Greeter` → `GreeterService`). The suffix is `lint.service_suffix` in buf.yaml (default `Service`; an empty value means the default). The service name is part of every request URL in gRPC and Connect, so rename before clients depend on it.",
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
`
        },
        config: { service_suffix: "API" }
      }
    ],
    good: [
      `syntax = "proto3";
service GreeterService {}
`,
      { files: { "example.proto": `syntax = "proto3";
service GreeterAPI {}
` }, config: { service_suffix: "API" } }
    ]
  },
  target: "service",
  check(service2, ctx) {
    const suffix = ctx.options.serviceSuffix;
    if (service2.name.endsWith(suffix)) return;
    ctx.report({ element: service2, at: [SERVICE_NAME] }, `service "${service2.name}" should end with "${suffix}": ${service2.name}${suffix}`, {
      fix: { text: `${service2.name}${suffix}` }
    });
  }
});

// rules/lint/STABLE_PACKAGE_NO_IMPORT_UNSTABLE.ts
init_define_PROTOGUARD_WKT();
var STABLE_PACKAGE_NO_IMPORT_UNSTABLE_default = lintRule({
  id: "STABLE_PACKAGE_NO_IMPORT_UNSTABLE",
  categories: { v2: [] },
  summary: "Files of a stable package (`v1`) do not import files of unstable packages (`v1beta1`, `v1alpha`, `v1test`).",
  docs: "A stable package promises not to break its clients; depending on an alpha, beta or test package, which may change at any time, breaks that promise through the back door.\n\nPromote the imported types to a stable package, or move them into this one. Only imports of files that are linted together with this one are checked (not dependencies from other modules), and packages without a valid version are ignored on either side. Off by default (v2 configurations only).",
  examples: {
    bad: [
      {
        files: {
          "acme/v1beta1/draft.proto": `syntax = "proto3";
package acme.v1beta1;
message Draft {}
`,
          "acme/v1/invoice.proto": `syntax = "proto3";
package acme.v1;
import "acme/v1beta1/draft.proto";
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ STABLE_PACKAGE_NO_IMPORT_UNSTABLE
message Invoice { acme.v1beta1.Draft draft = 1; }
`
        }
      }
    ],
    good: [
      {
        files: {
          "acme/v1beta1/draft.proto": `syntax = "proto3";
package acme.v1beta1;
import "acme/v1/invoice.proto";
message Draft { acme.v1.Invoice invoice = 1; }
`,
          "acme/v1/invoice.proto": `syntax = "proto3";
package acme.v1;
message Invoice {}
`
        }
      }
    ]
  },
  target: "files",
  check(files, ctx) {
    const targets = new Set(files);
    for (const file of files) {
      const version = parsePackageVersion(file.package);
      if (!version || isUnstable(version)) continue;
      for (const imp of file.imports) {
        const dep = imp.target;
        if (!dep || !targets.has(dep)) continue;
        const depVersion = parsePackageVersion(dep.package);
        if (!depVersion || !isUnstable(depVersion)) continue;
        ctx.report(
          imp,
          `stable package "${file.package}" should not import "${imp.name}" of ${depVersion.stability} package "${dep.package}": move the types it needs into a stable package`
        );
      }
    }
  }
});

// rules/lint/SYNTAX_SPECIFIED.ts
init_define_PROTOGUARD_WKT();
var SYNTAX_SPECIFIED_default = lintRule({
  id: "SYNTAX_SPECIFIED",
  categories: {
    v1: ["BASIC", "DEFAULT", "STANDARD"],
    v2: ["BASIC", "DEFAULT", "STANDARD"]
  },
  summary: "Every file starts with a `syntax` or `edition` statement.",
  docs: 'A file without a `syntax` or `edition` statement is silently compiled as proto2, which is rarely what its author meant: field presence, default values, enums and JSON mapping all differ from proto3.\n\nWrite `syntax = "proto3";` (or `"proto2"`, or `edition = "2023";`) as the first statement. The finding has no position, so a `buf:lint:ignore` comment cannot silence it.',
  examples: {
    bad: [
      `^ SYNTAX_SPECIFIED
package acme.v1;
message Invoice {}
`
    ],
    good: [
      `syntax = "proto3";
package acme.v1;
message Invoice {}
`,
      `edition = "2023";
package acme.v1;
message Invoice {}
`
    ]
  },
  target: "file",
  check(file, ctx) {
    if (!file.syntaxUnspecified) return;
    ctx.report(
      file,
      `file has no syntax statement and is compiled as proto2: write syntax = "proto3"; (or "proto2", or an edition) as its first statement`
    );
  }
});

// rules/lint/index.ts
var LINT_RULES = [
  COMMENT_ENUM_default,
  COMMENT_ENUM_VALUE_default,
  COMMENT_FIELD_default,
  COMMENT_MESSAGE_default,
  COMMENT_ONEOF_default,
  COMMENT_RPC_default,
  COMMENT_SERVICE_default,
  DIRECTORY_SAME_PACKAGE_default,
  ENUM_FIRST_VALUE_ZERO_default,
  ENUM_NO_ALLOW_ALIAS_default,
  ENUM_PASCAL_CASE_default,
  ENUM_VALUE_PREFIX_default,
  ENUM_VALUE_UPPER_SNAKE_CASE_default,
  ENUM_ZERO_VALUE_SUFFIX_default,
  FIELD_LOWER_SNAKE_CASE_default,
  FIELD_NOT_REQUIRED_default,
  FIELD_NO_DESCRIPTOR_default,
  FILE_LOWER_SNAKE_CASE_default,
  IMPORT_NO_PUBLIC_default,
  IMPORT_NO_WEAK_default,
  IMPORT_USED_default,
  MESSAGE_PASCAL_CASE_default,
  ONEOF_LOWER_SNAKE_CASE_default,
  PACKAGE_DEFINED_default,
  PACKAGE_DIRECTORY_MATCH_default,
  PACKAGE_LOWER_SNAKE_CASE_default,
  PACKAGE_NO_IMPORT_CYCLE_default,
  PACKAGE_SAME_CSHARP_NAMESPACE_default,
  PACKAGE_SAME_DIRECTORY_default,
  PACKAGE_SAME_GO_PACKAGE_default,
  PACKAGE_SAME_JAVA_MULTIPLE_FILES_default,
  PACKAGE_SAME_JAVA_PACKAGE_default,
  PACKAGE_SAME_PHP_NAMESPACE_default,
  PACKAGE_SAME_RUBY_PACKAGE_default,
  PACKAGE_SAME_SWIFT_PREFIX_default,
  PACKAGE_VERSION_SUFFIX_default,
  RPC_NO_CLIENT_STREAMING_default,
  RPC_NO_SERVER_STREAMING_default,
  RPC_PASCAL_CASE_default,
  RPC_REQUEST_RESPONSE_UNIQUE_default,
  RPC_REQUEST_STANDARD_NAME_default,
  RPC_RESPONSE_STANDARD_NAME_default,
  SERVICE_PASCAL_CASE_default,
  SERVICE_SUFFIX_default,
  STABLE_PACKAGE_NO_IMPORT_UNSTABLE_default,
  SYNTAX_SPECIFIED_default
];

// src/cli/version.ts
init_define_PROTOGUARD_WKT();

// package.json
var package_default = {
  name: "protoguard",
  version: "0.1.0",
  description: "Guards Protocol Buffers API contracts: lint, breaking-change detection and PR annotations, with buf-compatible descriptors.",
  type: "module",
  license: "Apache-2.0",
  bin: {
    protoguard: "dist/cli.js"
  },
  engines: {
    node: ">=20"
  },
  files: [
    "dist",
    "action.yml",
    "README.md"
  ],
  scripts: {
    build: "tsc -p tsconfig.json --noEmit",
    typecheck: "tsc -p tsconfig.json --noEmit",
    bundle: "node scripts/bundle.mjs",
    test: "vitest run",
    bench: "node --import tsx bench/run.ts",
    protoguard: "node --import tsx src/cli/index.ts",
    example: "node examples/summary.mjs"
  },
  dependencies: {
    "@actions/core": "^3.0.1",
    "@bufbuild/protobuf": "^2.17.0",
    yaml: "^2.9.1"
  },
  devDependencies: {
    "@bufbuild/buf": "1.75.0",
    "@types/node": "^20.19.43",
    esbuild: "^0.28.2",
    "fast-check": "^4.10.2",
    "google-proto-files": "5.0.3",
    "gpf-old": "npm:google-proto-files@5.0.2",
    protobufjs: "^8.8.1",
    tsx: "^4.23.15",
    typescript: "^5.9.3",
    vitest: "^4.1.12"
  }
};

// src/cli/version.ts
var VERSION = package_default.version;

// src/cli/workspace.ts
init_define_PROTOGUARD_WKT();
import { existsSync as existsSync2, statSync as statSync2 } from "node:fs";
import * as path5 from "node:path";

// src/sources/fs.ts
init_define_PROTOGUARD_WKT();
import { closeSync, constants, fstatSync, openSync, readdirSync, readSync, realpathSync, statSync } from "node:fs";
import * as path4 from "node:path";
var DEFAULT_MAX_FILE_BYTES = 64 * 1024 * 1024;
var nodeFs = {
  openSync,
  fstatSync,
  readSync,
  closeSync,
  readdirSync: (p) => readdirSync(p, { withFileTypes: true }),
  realpathSync: (p) => realpathSync(p),
  statSync: (p) => statSync(p)
};
var READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
var FsSources = class {
  diagnostics = [];
  roots;
  fs;
  maxBytes;
  /** Import path → index of the root where the walk found it (a regular file, inside its root). */
  found = /* @__PURE__ */ new Map();
  /** Bytes read by `preload`, handed out once by `read`. */
  cache = /* @__PURE__ */ new Map();
  /** Import path → root index, for every file read (for display paths and module names). */
  servedFrom = /* @__PURE__ */ new Map();
  reported = /* @__PURE__ */ new Set();
  constructor(roots, opts = {}) {
    this.fs = opts.fs ?? nodeFs;
    this.maxBytes = opts.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
    this.roots = roots.map((spec) => ({ spec, excluded: new Set(spec.excludes), real: void 0 }));
    for (const r of this.roots) {
      try {
        r.real = this.fs.realpathSync(r.spec.dir);
      } catch (e) {
        this.report(displayDir(r.spec), `module root directory cannot be read: ${describeError(e)}`);
      }
    }
  }
  /**
   * Walks every root and returns the import paths of all `.proto` files, sorted; excluded
   * directories and `node_modules` are skipped. A path found in two roots is reported.
   */
  discover() {
    for (let i = 0; i < this.roots.length; i++) {
      const r = this.roots[i];
      if (r.real !== void 0) this.walk(i, r.spec.dir, "", r.real, [r.real]);
    }
    return [...this.found.keys()].sort(comparePaths);
  }
  /** Reads the given targets and returns those that could be read (the others are reported). */
  preload(targets) {
    const ok = [];
    for (const t of targets) {
      const bytes = this.load(t);
      if (bytes) {
        this.cache.set(t, bytes);
        ok.push(t);
      }
    }
    return ok;
  }
  async read(importPath) {
    const cached = this.cache.get(importPath);
    if (cached) {
      this.cache.delete(importPath);
      return { bytes: cached, where: this.displayPath(importPath) };
    }
    const bytes = this.load(importPath);
    return bytes ? { bytes, where: this.displayPath(importPath) } : void 0;
  }
  /** The path to show for an import path: the root directory joined with it (`proto/a/b.proto`). */
  displayPath(importPath) {
    const i = this.servedFrom.get(importPath) ?? this.found.get(importPath);
    if (i === void 0) return importPath;
    return joinDisplay(displayDir(this.roots[i].spec), importPath);
  }
  /** Index of the root a file was found in or read from. */
  rootIndexOf(importPath) {
    return this.servedFrom.get(importPath) ?? this.found.get(importPath);
  }
  // ---- walking ----------------------------------------------------------------------------------
  walk(rootIndex, absDir, relDir, realDir, ancestors) {
    const root = this.roots[rootIndex];
    let entries;
    try {
      entries = this.fs.readdirSync(absDir);
    } catch (e) {
      this.report(joinDisplay(displayDir(root.spec), relDir || "."), `directory cannot be read: ${describeError(e)}`);
      return;
    }
    for (const ent of entries) {
      const name = ent.name;
      const rel = relDir === "" ? name : `${relDir}/${name}`;
      const abs = `${absDir}/${name}`;
      const isProto = name.endsWith(".proto");
      if (ent.isDirectory()) {
        if (name === "node_modules" || root.excluded.has(rel)) continue;
        const real = `${realDir}/${name}`;
        ancestors.push(real);
        this.walk(rootIndex, abs, rel, real, ancestors);
        ancestors.pop();
      } else if (ent.isFile()) {
        if (isProto) this.record(rootIndex, rel);
      } else if (ent.isSymbolicLink()) {
        this.walkLink(rootIndex, abs, rel, name, isProto, ancestors);
      } else if (isProto) {
        this.report(joinDisplay(displayDir(root.spec), rel), "not a regular file (a FIFO, socket or device); skipped");
      }
    }
  }
  walkLink(rootIndex, abs, rel, name, isProto, ancestors) {
    const root = this.roots[rootIndex];
    const display = joinDisplay(displayDir(root.spec), rel);
    let real;
    let st;
    try {
      real = this.fs.realpathSync(abs);
      st = this.fs.statSync(real);
    } catch (e) {
      const code = e.code;
      if (code === "ELOOP") this.report(display, "symbolic link loop; not followed", "warning");
      else if (isProto) this.report(display, `broken symbolic link: ${describeError(e)}`);
      return;
    }
    if (st.isDirectory()) {
      if (name === "node_modules" || root.excluded.has(rel)) return;
      if (!isInside(real, root.real)) {
        this.report(display, `symbolic link to a directory outside the module root (${real}); not followed`);
        return;
      }
      if (ancestors.includes(real)) {
        this.report(display, "symbolic link cycle (it points to a directory that contains it); not followed", "warning");
        return;
      }
      ancestors.push(real);
      this.walk(rootIndex, abs, rel, real, ancestors);
      ancestors.pop();
    } else if (isProto) {
      if (!isInside(real, root.real)) {
        this.report(display, `symbolic link to a file outside the module root (${real}); not read`);
        return;
      }
      if (!st.isFile()) {
        this.report(display, "not a regular file (a FIFO, socket or device); skipped");
        return;
      }
      this.record(rootIndex, rel);
    }
  }
  record(rootIndex, rel) {
    const includes = this.roots[rootIndex].spec.includes;
    if (includes !== void 0 && !isIncluded(rel, includes)) return;
    const prev = this.found.get(rel);
    if (prev === void 0) {
      this.found.set(rel, rootIndex);
      return;
    }
    if (prev === rootIndex) return;
    const a = displayDir(this.roots[prev].spec);
    const b = displayDir(this.roots[rootIndex].spec);
    this.report(joinDisplay(b, rel), `${rel} is contained in multiple module roots: ${a} and ${b}`);
  }
  // ---- reading ----------------------------------------------------------------------------------
  /** Finds and reads an import path; undefined (maybe with a diagnostic) when it cannot. */
  load(importPath) {
    const bad = checkImportPath(importPath);
    if (bad) {
      this.report(importPath, bad, "error", true);
      return void 0;
    }
    const known = this.found.get(importPath);
    if (known !== void 0) return this.readFrom(known, importPath);
    for (let i = 0; i < this.roots.length; i++) {
      const r = this.roots[i];
      if (r.real === void 0 || isExcluded(importPath, r.excluded)) continue;
      if (r.spec.includes !== void 0 && !isIncluded(importPath, r.spec.includes)) continue;
      const abs = `${r.spec.dir}/${importPath}`;
      let real;
      try {
        real = this.fs.realpathSync(abs);
      } catch (e) {
        const code = e.code;
        if (code === "ENOENT" || code === "ENOTDIR") continue;
        this.report(joinDisplay(displayDir(r.spec), importPath), `cannot be read: ${describeError(e)}`);
        return void 0;
      }
      if (!isInside(real, r.real)) {
        this.report(joinDisplay(displayDir(r.spec), importPath), `resolves to ${real}, outside the module root; not read`);
        return void 0;
      }
      return this.readFrom(i, importPath);
    }
    return void 0;
  }
  readFrom(rootIndex, importPath) {
    const spec = this.roots[rootIndex].spec;
    const dir = spec.dir;
    this.servedFrom.set(importPath, rootIndex);
    const display = joinDisplay(displayDir(spec), importPath);
    const fs = this.fs;
    let fd;
    try {
      fd = fs.openSync(`${dir}/${importPath}`, READ_FLAGS);
    } catch (e) {
      this.report(display, `cannot be read: ${describeError(e)}`);
      return void 0;
    }
    try {
      const st = fs.fstatSync(fd);
      if (st.isDirectory()) {
        this.report(display, "is a directory, not a file");
        return void 0;
      }
      if (!st.isFile()) {
        this.report(display, "not a regular file (a FIFO, socket or device); not read");
        return void 0;
      }
      if (st.size > this.maxBytes) {
        this.report(display, `file is ${st.size} bytes, over the ${formatBytes(this.maxBytes)} limit for .proto files; not read`);
        return void 0;
      }
      const buf = new Uint8Array(st.size);
      let n = 0;
      while (n < buf.length) {
        const got = fs.readSync(fd, buf, n, buf.length - n, null);
        if (got === 0) break;
        n += got;
      }
      return n === buf.length ? buf : buf.subarray(0, n);
    } catch (e) {
      this.report(display, `cannot be read: ${describeError(e)}`);
      return void 0;
    } finally {
      try {
        fs.closeSync(fd);
      } catch {
      }
    }
  }
  report(file, message2, severity = "error", badImportPath = false) {
    const key2 = `${file}\0${message2}`;
    if (this.reported.has(key2)) return;
    this.reported.add(key2);
    this.diagnostics.push({ severity, file, start: 0, end: 0, message: message2, ...badImportPath ? { badImportPath: true } : {} });
  }
};
function checkImportPath(p) {
  if (p === "") return "import path is empty";
  const c0 = p.charCodeAt(0);
  if (c0 === 47 || c0 === 92 || p.length > 1 && p.charCodeAt(1) === 58) return `import path "${p}" must be relative`;
  let segStart = 0;
  for (let i = 0; i <= p.length; i++) {
    const c = i === p.length ? 47 : p.charCodeAt(i);
    if (c === 0) return `import path "${p}" contains a NUL character`;
    if (c === 92) return `import path "${p}" must use / as separator`;
    if (c !== 47) continue;
    const len = i - segStart;
    if (len === 0) return `import path "${p}" must not contain repeated separators`;
    if (len === 2 && p.charCodeAt(segStart) === 46 && p.charCodeAt(segStart + 1) === 46) return `import path "${p}" must not refer to a parent directory`;
    if (len === 1 && p.charCodeAt(segStart) === 46) return `import path "${p}" must not contain "." segments`;
    segStart = i + 1;
  }
  return void 0;
}
function isExcluded(rel, excluded) {
  if (excluded.size === 0) return false;
  for (let i = rel.indexOf("/"); i !== -1; i = rel.indexOf("/", i + 1)) if (excluded.has(rel.slice(0, i))) return true;
  return false;
}
function isIncluded(rel, includes) {
  for (const inc of includes) if (rel.startsWith(inc) && (rel.length === inc.length || rel.charCodeAt(inc.length) === 47)) return true;
  return false;
}
function isInside(real, rootReal) {
  return real === rootReal || real.startsWith(rootReal.endsWith(path4.sep) ? rootReal : rootReal + path4.sep);
}
function displayDir(spec) {
  return spec.display ?? spec.dir;
}
function joinDisplay(dir, rel) {
  return path4.join(dir, rel);
}
function comparePaths(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function describeError(e) {
  const err = e;
  switch (err?.code) {
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ENOENT":
      return "no such file or directory";
    case "ELOOP":
      return "too many levels of symbolic links";
    case "EISDIR":
      return "is a directory";
    case "ENOTDIR":
      return "a parent of it is not a directory";
    default:
      return err?.code ? `${err.code}${err.message ? ` (${err.message})` : ""}` : String(e);
  }
}
function formatBytes(n) {
  return n % (1024 * 1024) === 0 ? `${n / (1024 * 1024)} MiB` : `${n} bytes`;
}

// src/cli/workspace.ts
function openWorkspace(command, dir, paths, io, loadLayout) {
  const dirAbs = path5.resolve(io.cwd, dir);
  let isDir = false;
  try {
    isDir = statSync2(dirAbs).isDirectory();
  } catch {
    throw new UsageError(`${dir}: no such directory`);
  }
  if (!isDir) throw new UsageError(`${dir}: not a directory (${command} takes the directory of a module or workspace)`);
  const wsAbs = findWorkspace(dirAbs) ?? dirAbs;
  const shownDir = (abs) => path5.isAbsolute(dir) ? abs : path5.relative(io.cwd, abs) || ".";
  const wsDisplay = shownDir(wsAbs);
  const layout = loadLayout(wsAbs, wsDisplay);
  const sources = new FsSources(
    layout.roots.map((r) => ({
      dir: path5.join(wsAbs, r.dir),
      display: shownDir(path5.join(wsAbs, r.dir)),
      excludes: r.excludes,
      ...r.includes ? { includes: r.includes } : {}
    }))
  );
  let targets = sources.discover();
  if (wsAbs !== dirAbs) targets = filterTargets(targets, [dirAbs], layout.roots, wsAbs, dirAbs, io.cwd, sources, `${dir} (inside the workspace ${wsDisplay})`);
  if (paths.length > 0) targets = filterTargets(targets, paths, layout.roots, wsAbs, dirAbs, io.cwd, sources);
  if (targets.length === 0 && sources.diagnostics.length === 0) {
    throw new UsageError(
      `no .proto files were targeted in ${dir}: it has none${paths.length ? `, or --path matches none of them` : ""}` + (layout.configFile ? ` (module roots from ${layout.configFile}: ${layout.roots.map((r) => r.dir).join(", ")})` : "")
    );
  }
  return { wsAbs, wsDisplay, layout, sources, targets };
}
function compileDiagnostics(sources, result) {
  const shown = [];
  const compilerSawImportPaths = result.diagnostics.some((d) => d.message.startsWith("import path must"));
  for (const d of sources.diagnostics) if (!(d.badImportPath && compilerSawImportPaths)) shown.push({ d, file: d.file });
  for (const d of result.diagnostics) if (d.severity === "error") shown.push({ d, file: sources.displayPath(d.file) });
  shown.sort((a, b) => comparePaths(a.file, b.file) || a.d.start - b.d.start || a.d.end - b.d.end || comparePaths(a.d.message, b.d.message));
  return shown;
}
function filterTargets(targets, paths, roots, wsAbs, dirAbs, cwd, sources, what) {
  const wanted = [];
  for (const p of paths) {
    const rp = rootRelative(path5.resolve(cwd, p), roots, wsAbs) ?? rootRelative(path5.resolve(dirAbs, p), roots, wsAbs);
    if (rp === void 0) throw new UsageError(`${what ?? `--path ${p}`}: not inside a module root of ${path5.relative(cwd, wsAbs) || "."}`);
    wanted.push(rp);
  }
  return targets.filter((t) => {
    const root = sources.rootIndexOf(t);
    return wanted.some((w) => w.root === root && (w.rel === "" || t === w.rel || t.startsWith(w.rel + "/")));
  });
}
function rootRelative(abs, roots, dirAbs) {
  for (let i = 0; i < roots.length; i++) {
    const rel = path5.relative(path5.join(dirAbs, roots[i].dir), abs);
    if (rel === "") return { root: i, rel: "" };
    if (rel !== ".." && !rel.startsWith(".." + path5.sep) && !path5.isAbsolute(rel)) return { root: i, rel: rel.split(path5.sep).join("/") };
  }
  return void 0;
}
var WORKSPACE_FILES = ["buf.yaml", "buf.work.yaml", "protoguard.yaml"];
function findWorkspace(dir) {
  for (let d = dir; ; ) {
    if (WORKSPACE_FILES.some((f) => existsSync2(path5.join(d, f)))) return d;
    if (existsSync2(path5.join(d, ".git"))) return void 0;
    const parent = path5.dirname(d);
    if (parent === d) return void 0;
    d = parent;
  }
}

// src/cli/lint.ts
var LINT_USAGE = `Usage:
  protoguard lint [DIR] [flags]    lint the modules of DIR (default ".") like buf lint

Flags for lint:
      --config C             a buf.yaml / protoguard.yaml path, or inline YAML or JSON, used
                             instead of the workspace's buf.yaml
      --path P               only lint P (a file or directory, relative to the current directory
                             or to DIR); may be repeated
      --error-format FORMAT  ${REPORT_FORMATS.join(", ")} (default text)
  -h, --help                 show this help

Exit codes: 0 no findings, 1 findings (buf uses 100), 2 usage or configuration error, 3 internal error.
`;
function parseLintArgs(args) {
  let config;
  let errorFormat = "text";
  let help = false;
  const paths = [];
  const positional = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--") {
      positional.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = eq === -1 ? arg : arg.slice(0, eq);
    if (name === "-h" || name === "--help") {
      help = true;
      continue;
    }
    if (name !== "--config" && name !== "--path" && name !== "--error-format") throw new UsageError(`unknown flag ${name} for "lint"`);
    const value = eq === -1 ? args[++i] : arg.slice(eq + 1);
    if (value === void 0) throw new UsageError(`flag ${name} needs a value`);
    if (name === "--config") config = value;
    else if (name === "--path") paths.push(value);
    else errorFormat = value;
  }
  if (positional.length > 1) throw new UsageError(`lint takes one directory, got ${positional.length}: ${positional.join(" ")}`);
  if (!isReportFormat(errorFormat)) throw new UsageError(`--error-format must be one of ${REPORT_FORMATS.join(", ")}, not "${errorFormat}"`);
  if (config === "") throw new UsageError(`--config needs a file or inline YAML/JSON`);
  return { dir: positional[0] ?? ".", config, paths, errorFormat, help };
}
async function lintCommand(args, io, rules = LINT_RULES) {
  const a = parseLintArgs(args);
  if (a.help) {
    io.stdout(LINT_USAGE);
    return EXIT_OK;
  }
  const override = a.config !== void 0 ? readConfigArgument(a.config, io.cwd) : void 0;
  let config;
  const ws = openWorkspace("lint", a.dir, a.paths, io, (wsAbs, wsDisplay) => {
    config = loadWorkspaceConfig(wsAbs, wsDisplay, override);
    return config.layout;
  });
  const resolved = config.modules.map((m) => resolveLint(m, rules));
  const warnings = new Set(resolved.flatMap((r) => r.warnings));
  for (const w of warnings) io.stderr(`protoguard: warning: ${w}
`);
  const readable = ws.sources.preload(ws.targets);
  const result = await compile({ files: readable, resolver: ws.sources });
  const report = (findings2) => {
    io.stdout(REPORTERS[a.errorFormat](findings2, { rules: ruleMeta(resolved), toolVersion: VERSION }));
    return findings2.length > 0 ? EXIT_FINDINGS : EXIT_OK;
  };
  const compileFindings = compileDiagnostics(ws.sources, result).map(({ d, file }) => {
    const p = diagnosticPosition(d);
    return {
      ruleId: "COMPILE",
      severity: d.severity === "error" ? "error" : "warning",
      message: d.message,
      file,
      displayPath: file,
      startLine: p.line,
      startColumn: p.column,
      endLine: p.endLine,
      endColumn: p.endColumn,
      elementPath: void 0
    };
  });
  if (compileFindings.some((f) => f.severity === "error")) return report(compileFindings);
  const model = new Model(
    result.files.flatMap(
      (f) => f.proto ? [
        {
          proto: f.proto,
          isImport: f.isImport,
          displayPath: ws.sources.displayPath(f.path),
          unusedDependencies: f.unusedDependencies,
          syntaxUnspecified: f.syntaxUnspecified
        }
      ] : []
    )
  );
  const findings = [...compileFindings];
  config.modules.forEach((m, i) => {
    const r = resolved[i];
    if (r.rules.length === 0 || r.ignore.includes(".")) return;
    const roots = new Set(m.roots);
    const targets = model.targets.filter((f) => roots.has(ws.sources.rootIndexOf(f.name) ?? -1));
    if (targets.length === 0) return;
    findings.push(
      ...runLint(model, {
        rules: r.rules,
        options: r.options,
        version: r.version,
        commentIgnores: r.commentIgnores,
        ignore: r.ignore,
        ignoreOnly: r.ignoreOnly,
        targets
      })
    );
  });
  return report(dedupeAndSort(findings).sort(compareShown));
}
function ruleMeta(resolved) {
  const byId = /* @__PURE__ */ new Map();
  for (const r of resolved) for (const rule of r.rules) byId.set(rule.id, { id: rule.id, summary: rule.summary, docs: rule.docs });
  return [...byId.values()].sort((x, y) => x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
}

// src/cli/main.ts
var EXIT_OK = 0;
var EXIT_FINDINGS = 1;
var EXIT_USAGE = 2;
var EXIT_INTERNAL = 3;
var processIo = {
  stdout: (chunk) => void process.stdout.write(chunk),
  stderr: (text) => void process.stderr.write(text),
  cwd: process.cwd()
};
var UsageError = class extends Error {
  name = "UsageError";
};
async function main(argv, io = {}) {
  const out = { ...processIo, ...io };
  try {
    return await dispatch(argv, out);
  } catch (e) {
    if (e instanceof UsageError) {
      out.stderr(`protoguard: ${e.message}
Run 'protoguard --help' for usage.
`);
      return EXIT_USAGE;
    }
    if (e instanceof ConfigError) {
      out.stderr(`protoguard: ${e.message}
`);
      return EXIT_USAGE;
    }
    const detail = e instanceof Error ? e.stack ?? `${e.name}: ${e.message}` : String(e);
    out.stderr(
      `protoguard: internal error: ${detail}
This is a bug in protoguard ${VERSION}. Please report it in the protoguard issue tracker with the command you ran and, if you can, the files involved.
`
    );
    return EXIT_INTERNAL;
  }
}
var USAGE = `protoguard ${VERSION}: lint, breaking-change detection and buf-compatible builds for Protocol Buffers

Usage:
  protoguard build [DIR] [flags]   compile DIR (default ".") and optionally write a buf image
  protoguard lint [DIR] [flags]    lint DIR (default ".") like buf lint; see protoguard lint --help

Flags for build:
  -o, --output FILE          write the image: FILE.binpb (binary), FILE.json (JSON), - (binary to stdout)
      --exclude-source-info  leave SourceCodeInfo out of the image
      --exclude-imports      leave files that are only imports out of the image
      --path P               only build P (a file or directory, relative to the current directory
                             or to DIR); may be repeated
      --error-format FORMAT  text (default), json, msvs or github-actions

Global flags:
  -h, --help                 show this help
      --version              print the version

Exit codes: 0 ok, 1 compile errors or lint findings, 2 usage or configuration error, 3 internal error.
`;
async function dispatch(argv, io) {
  const [command, ...rest] = argv;
  if (command === void 0 || command === "-h" || command === "--help" || command === "help") {
    io.stdout(USAGE);
    return command === void 0 ? EXIT_USAGE : EXIT_OK;
  }
  if (command === "--version" || command === "version") {
    io.stdout(`${VERSION}
`);
    return EXIT_OK;
  }
  switch (command) {
    case "build":
      return build(parseBuildArgs(rest), io);
    case "lint":
      return lintCommand(rest, io);
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}
var ERROR_FORMATS = ["text", "json", "msvs", "github-actions"];
var BUILD_FLAGS = {
  "-o": { kind: "string", key: "output" },
  "--output": { kind: "string", key: "output" },
  "--exclude-source-info": { kind: "bool", key: "excludeSourceInfo" },
  "--exclude-imports": { kind: "bool", key: "excludeImports" },
  "--path": { kind: "list", key: "paths" },
  "--error-format": { kind: "string", key: "errorFormat" },
  "-h": { kind: "bool", key: "help" },
  "--help": { kind: "bool", key: "help" }
};
function parseBuildArgs(args) {
  const values = { paths: [] };
  const positional = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--") {
      positional.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = eq === -1 ? arg : arg.slice(0, eq);
    const spec = BUILD_FLAGS[name];
    if (!spec) throw new UsageError(`unknown flag ${name} for "build"`);
    let value = eq === -1 ? void 0 : arg.slice(eq + 1);
    if (spec.kind === "bool") {
      if (value === void 0 || value === "true") values[spec.key] = true;
      else if (value === "false") values[spec.key] = false;
      else throw new UsageError(`flag ${name} takes true or false, not "${value}"`);
      continue;
    }
    if (value === void 0) {
      value = args[++i];
      if (value === void 0) throw new UsageError(`flag ${name} needs a value`);
    }
    if (spec.kind === "list") values[spec.key].push(value);
    else values[spec.key] = value;
  }
  if (positional.length > 1) throw new UsageError(`build takes one directory, got ${positional.length}: ${positional.join(" ")}`);
  const errorFormat = values["errorFormat"] ?? "text";
  if (!ERROR_FORMATS.includes(errorFormat))
    throw new UsageError(`--error-format must be one of ${ERROR_FORMATS.join(", ")}, not "${errorFormat}"`);
  const output = values["output"];
  if (output === "") throw new UsageError(`-o needs a file name`);
  return {
    dir: positional[0] ?? ".",
    ...output !== void 0 ? { output } : {},
    excludeSourceInfo: values["excludeSourceInfo"] === true,
    excludeImports: values["excludeImports"] === true,
    paths: values["paths"],
    errorFormat,
    help: values["help"] === true
  };
}
async function build(args, io) {
  if (args.help) {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  const timer = new PhaseTimer(process.env["PROTOGUARD_TIMING"] === "1", io);
  const { layout, sources, targets } = openWorkspace("build", args.dir, args.paths, io, (ws, shown2) => loadModuleLayout(ws, shown2, findProtoguardYaml(ws, shown2)));
  timer.lap(`discover (${targets.length} targets)`);
  const readable = sources.preload(targets);
  timer.lap("read targets");
  const result = await compile({ files: readable, resolver: sources, sourceInfo: !args.excludeSourceInfo });
  timer.lap(`compile (${result.files.length} files)`);
  const shown = compileDiagnostics(sources, result);
  if (shown.length > 0) io.stderr(shown.map((s) => formatShown(s, args.errorFormat)).join(""));
  if (shown.some((s) => s.d.severity === "error")) return EXIT_FINDINGS;
  if (args.output !== void 0) {
    const names = layout.roots.map((r) => r.name);
    const opts = {
      excludeImports: args.excludeImports,
      excludeSourceInfo: args.excludeSourceInfo,
      moduleName: (p) => {
        const i = sources.rootIndexOf(p);
        return i === void 0 ? void 0 : names[i];
      }
    };
    const json = args.output.endsWith(".json");
    const data = json ? imageToJson(result.files, opts) : encodeImage(result.files, opts);
    timer.lap(`encode ${json ? "JSON" : "binary"} image (${data.length} ${json ? "chars" : "bytes"})`);
    if (args.output === "-") io.stdout(data);
    else {
      try {
        writeFileSync(path6.resolve(io.cwd, args.output), data);
      } catch (e) {
        throw new UsageError(`cannot write ${args.output}: ${e.code ?? String(e)}`);
      }
    }
    timer.lap("write");
  }
  return EXIT_OK;
}
var PhaseTimer = class {
  constructor(on, io) {
    this.on = on;
    this.io = io;
  }
  on;
  io;
  last = performance.now();
  lap(what) {
    if (!this.on) return;
    const now = performance.now();
    this.io.stderr(`timing: ${what}: ${(now - this.last).toFixed(0)} ms
`);
    this.last = now;
  }
};
function escapeData2(s) {
  return s.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}
function escapeProperty2(s) {
  return escapeData2(s).replaceAll(":", "%3A").replaceAll(",", "%2C");
}
function formatShown({ d, file }, format) {
  const p = diagnosticPosition(d);
  if (format === "text") return `${file}:${p.line}:${p.column}:${d.message}
`;
  if (format === "msvs") return `${file}(${p.line},${p.column}) : ${d.severity} COMPILE : ${d.message}
`;
  if (format === "github-actions") {
    const kind = d.severity === "error" ? "error" : "warning";
    return `::${kind} file=${escapeProperty2(file)},line=${p.line},col=${p.column},endLine=${p.endLine},endColumn=${p.endColumn}::${escapeData2(d.message)}
`;
  }
  return JSON.stringify({
    path: file,
    start_line: p.line,
    start_column: p.column,
    end_line: p.endLine,
    end_column: p.endColumn,
    type: "COMPILE",
    message: d.message
  }) + "\n";
}

// src/cli/index.ts
process.exitCode = await main(process.argv.slice(2));

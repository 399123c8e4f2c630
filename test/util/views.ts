/**
 * A parser-neutral "view" of a .proto file's declarations, for cross-checking our compiler against
 * protobufjs, an independent parser: messages with their fields (name, number, label, type,
 * oneof), enums with their values, services with their methods, and extensions. Every block is one
 * string; blocks and fields are sorted so that only content, not declaration order, is compared
 * (the buf differential tests cover order).
 *
 * Label rendering is what both sides can tell apart: `repeated`, `required`, `optional` only for
 * proto3 `optional`, otherwise empty (protobufjs drops proto2's `optional`). Group fields are
 * lower-cased on both sides (protobufjs only lower-cases the first letter).
 */
import { isFieldSet } from "@bufbuild/protobuf";
import { FieldDescriptorProtoSchema, FieldDescriptorProto_Label, FieldDescriptorProto_Type } from "@bufbuild/protobuf/wkt";
import type { DescriptorProto, EnumDescriptorProto, FieldDescriptorProto, FileDescriptorProto } from "@bufbuild/protobuf/wkt";
import type protobuf from "protobufjs";

// ---- from a FileDescriptorProto ------------------------------------------------------------

function scalarName(t: FieldDescriptorProto_Type): string {
  return FieldDescriptorProto_Type[t].toLowerCase();
}

function descTypeView(f: FieldDescriptorProto): string {
  const t = f.type ?? FieldDescriptorProto_Type.DOUBLE;
  return t === FieldDescriptorProto_Type.MESSAGE || t === FieldDescriptorProto_Type.ENUM || t === FieldDescriptorProto_Type.GROUP
    ? (f.typeName ?? "?")
    : scalarName(t);
}

function descLabel(f: FieldDescriptorProto): string {
  if (f.label === FieldDescriptorProto_Label.REPEATED) return "repeated";
  if (f.label === FieldDescriptorProto_Label.REQUIRED) return "required";
  return f.proto3Optional ? "optional" : "";
}

function enumBlock(fq: string, e: EnumDescriptorProto): string {
  return `enum ${fq}: ${e.value.map((v) => `${v.name}=${v.number ?? 0}`).join(", ")}`;
}

function extensionBlock(scope: string, f: FieldDescriptorProto): string {
  return `extension ${scope}.${f.name} of ${f.extendee ?? "?"}: ${f.number ?? 0} ${descLabel(f)} ${descTypeView(f)}`;
}

function messageBlocks(fq: string, m: DescriptorProto, out: string[]): void {
  const entries = new Map<string, DescriptorProto>();
  for (const n of m.nestedType) if (n.options?.mapEntry) entries.set(`${fq}.${n.name}`, n);
  const fields: [number, string][] = [];
  for (const f of m.field) {
    const entry = f.typeName !== undefined ? entries.get(f.typeName) : undefined;
    let line: string;
    if (entry && f.label === FieldDescriptorProto_Label.REPEATED) {
      const [k, v] = entry.field;
      line = `${f.name}=${f.number ?? 0}  map<${k ? descTypeView(k) : "?"},${v ? descTypeView(v) : "?"}>`;
    } else {
      line = `${f.name}=${f.number ?? 0} ${descLabel(f)} ${descTypeView(f)}`;
      // proto2 semantics: an unset oneof_index reads as 0, so ask for presence.
      if (isFieldSet(f, FieldDescriptorProtoSchema.field.oneofIndex) && !f.proto3Optional) line += ` oneof=${m.oneofDecl[f.oneofIndex]?.name ?? "?"}`;
    }
    fields.push([f.number ?? 0, line]);
  }
  fields.sort((a, b) => a[0] - b[0]);
  out.push([`message ${fq}`, ...fields.map(([, l]) => `  ${l}`)].join("\n"));
  for (const n of m.nestedType) if (!n.options?.mapEntry) messageBlocks(`${fq}.${n.name}`, n, out);
  for (const e of m.enumType) out.push(enumBlock(`${fq}.${e.name}`, e));
  for (const x of m.extension) out.push(extensionBlock(fq, x));
}

export function descriptorView(file: FileDescriptorProto): string[] {
  const pkg = file.package ? `.${file.package}` : "";
  const out: string[] = [];
  for (const m of file.messageType) messageBlocks(`${pkg}.${m.name}`, m, out);
  for (const e of file.enumType) out.push(enumBlock(`${pkg}.${e.name}`, e));
  for (const x of file.extension) out.push(extensionBlock(pkg, x));
  for (const s of file.service) {
    const methods = s.method.map(
      (m) => `  rpc ${m.name}(${m.clientStreaming ? "stream " : ""}${m.inputType ?? "?"}) returns (${m.serverStreaming ? "stream " : ""}${m.outputType ?? "?"})`,
    );
    out.push([`service ${pkg}.${s.name}`, ...methods.sort()].join("\n"));
  }
  return out.sort();
}

// ---- from a protobufjs Root ----------------------------------------------------------------

type Pbjs = typeof protobuf;

function pbTypeView(f: protobuf.Field): string {
  return f.resolvedType ? f.resolvedType.fullName : f.type;
}

function pbLabel(f: protobuf.Field): string {
  if (f.rule === "repeated") return "repeated";
  if (f.rule === "required") return "required";
  return f.options?.["proto3_optional"] === true ? "optional" : "";
}

function pbFieldName(f: protobuf.Field): string {
  const t = f.resolvedType as (protobuf.Type & { group?: boolean }) | null;
  return t?.group ? f.name.toLowerCase() : f.name;
}

/**
 * The names of the top-level declarations of one file: what a standalone `parse` of its text puts
 * under its package. (protobufjs's own `filename` tags are unreliable: a recovered parse error
 * inside the file clears them for the rest of the file.)
 */
export function protobufjsDeclaredNames(pb: Pbjs, text: string): Set<string> {
  const parsed = pb.parse(text, { keepCase: true });
  let ns: protobuf.Namespace = parsed.root;
  if (parsed.package) ns = parsed.root.lookup(parsed.package) as protobuf.Namespace;
  return new Set(ns.nestedArray.map((n) => n.fullName));
}

/** The view of the declarations named in `declared` (top-level full names) in a resolved root. */
export function protobufjsView(pb: Pbjs, root: protobuf.Root, declared: ReadonlySet<string>): string[] {
  const out: string[] = [];
  const visit = (obj: protobuf.ReflectionObject, inFile: boolean): void => {
    const mine = inFile || declared.has(obj.fullName);
    if (obj instanceof pb.Type) {
      if (mine) {
        const fields: [number, string][] = [];
        for (const f of obj.fieldsArray) {
          if (f.declaringField || f.name.startsWith(".")) continue; // an extension's sister field
          let line: string;
          if (f instanceof pb.MapField) line = `${f.name}=${f.id}  map<${f.keyType},${pbTypeView(f)}>`;
          else {
            line = `${pbFieldName(f)}=${f.id} ${pbLabel(f)} ${pbTypeView(f)}`;
            if (f.partOf && f.options?.["proto3_optional"] !== true) line += ` oneof=${f.partOf.name}`;
          }
          fields.push([f.id, line]);
        }
        fields.sort((a, b) => a[0] - b[0]);
        out.push([`message ${obj.fullName}`, ...fields.map(([, l]) => `  ${l}`)].join("\n"));
      }
    } else if (obj instanceof pb.Enum) {
      if (mine) out.push(`enum ${obj.fullName}: ${Object.entries(obj.values).map(([k, v]) => `${k}=${v}`).join(", ")}`);
      return;
    } else if (obj instanceof pb.Service) {
      if (mine) {
        const methods = obj.methodsArray.map((m) => {
          const req = m.resolvedRequestType?.fullName ?? m.requestType;
          const res = m.resolvedResponseType?.fullName ?? m.responseType;
          return `  rpc ${m.name}(${m.requestStream ? "stream " : ""}${req}) returns (${m.responseStream ? "stream " : ""}${res})`;
        });
        out.push([`service ${obj.fullName}`, ...methods.sort()].join("\n"));
      }
      return;
    } else if (obj instanceof pb.Field) {
      if (mine && obj.extend !== undefined) {
        const scope = obj.parent && obj.parent.fullName !== "" ? obj.parent.fullName : "";
        const extendee = obj.extensionField?.parent?.fullName ?? obj.extend;
        out.push(`extension ${scope}.${obj.name} of ${extendee}: ${obj.id} ${pbLabel(obj)} ${pbTypeView(obj)}`);
      }
      return;
    }
    if (obj instanceof pb.Namespace) for (const n of obj.nestedArray) visit(n, mine && obj instanceof pb.Type);
  };
  for (const n of root.nestedArray) visit(n, false);
  return out.sort();
}

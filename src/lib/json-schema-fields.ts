/**
 * The fields of a published JSON Schema as rows for the tables on /api/: name, a short type label
 * and the description, read from the schema itself so the page and the schema cannot disagree.
 */
export interface JsonSchemaNode {
  type?: string | string[];
  enum?: readonly unknown[];
  anyOf?: JsonSchemaNode[];
  items?: JsonSchemaNode;
  properties?: Record<string, JsonSchemaNode>;
  description?: string;
}

export interface JsonFieldRow {
  name: string;
  type: string;
  description: string;
}

/** A short type label for one schema node: "\"1xx\" | \"2xx\" | null", "array of string". */
function typeLabel(node: JsonSchemaNode): string {
  if (node.anyOf) return node.anyOf.map(typeLabel).join(' | ');
  if (node.enum) return node.enum.map((v) => JSON.stringify(v)).join(' | ');
  if (node.type === 'array' && node.items) return `array of ${typeLabel(node.items)}`;
  return Array.isArray(node.type) ? node.type.join(' | ') : (node.type ?? '');
}

/** One row per property of a schema object; `prefix` names nested ones ("meanings[].status"). */
export function schemaFields(properties: Record<string, unknown>, prefix = ''): JsonFieldRow[] {
  return Object.entries(properties as Record<string, JsonSchemaNode>).map(([name, node]) => ({
    name: `${prefix}${name}`,
    type: typeLabel(node),
    description: node.description ?? '',
  }));
}

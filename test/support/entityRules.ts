import type { EntityValue, PropertyValue } from "../../src/core/cards/cellValues";

/**
 * Microsoft's documented rules for an entity value ("Use cards with entity value data types"),
 * checked on the JSON: every property (and every property of a nested entity) has a `type` and a
 * `basicValue`; every property a card section or title names exists; the entity has a provider.
 * Returns the problems found (none: []), so a failing test says which rule and where.
 */
export function entityRuleProblems(value: unknown, path = "entity"): string[] {
  const problems: string[] = [];
  const entity = value as Partial<EntityValue> | null;
  if (!entity || typeof entity !== "object" || entity.type !== "Entity") return [`${path} is not an entity`];
  if (typeof entity.text !== "string" || entity.text === "") problems.push(`${path} has no text`);
  if (!entity.provider || typeof entity.provider.description !== "string" || entity.provider.description === "")
    problems.push(`${path} has no provider`);
  const properties = (entity.properties ?? {}) as Record<string, PropertyValue>;
  for (const [name, property] of Object.entries(properties)) {
    const where = `${path}.[${name}]`;
    const p = property as unknown as Record<string, unknown>;
    if (typeof p.type !== "string") problems.push(`${where} has no type`);
    if (!("basicValue" in p) || p.basicValue === undefined) problems.push(`${where} has no basicValue`);
    if (p.type === "Entity") problems.push(...entityRuleProblems(p, where));
  }
  const card = entity.layouts?.card;
  if (!card) problems.push(`${path} has no card layout`);
  const named = [...(card?.title ? [card.title.property] : []), ...(card?.sections ?? []).flatMap((s) => s.properties)];
  for (const name of named) if (!(name in properties)) problems.push(`${path}'s card names "${name}", which it lacks`);
  return problems;
}

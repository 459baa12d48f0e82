/**
 * Role enforcement in one place, declared in the SDL: every root field checks the caller's role
 * before it resolves, taking the role from its own `@requires`, else from its root type's, else
 * admin. A new query or mutation therefore cannot be left open by forgetting a check.
 */
import { MapperKind, getDirective, mapSchema } from '@graphql-tools/utils';
import { defaultFieldResolver, type GraphQLFieldConfig, type GraphQLSchema } from 'graphql';
import { ROLES, requireRole, type Role } from '../store/actor.ts';
import type { Context } from './context.ts';

const DIRECTIVE = 'requires';

function declaredRole(schema: GraphQLSchema, node: Parameters<typeof getDirective>[1]): Role | null {
  const [args] = getDirective(schema, node, DIRECTIVE) ?? [];
  if (!args) return null;
  const role = String(args.role).toLowerCase();
  if (!(ROLES as readonly string[]).includes(role)) throw new Error(`@${DIRECTIVE}: unknown role ${role}`);
  return role as Role;
}

/** The least role each root field needs, by `Type.field`: for tests and the docs. */
export function rolesOfRootFields(schema: GraphQLSchema): Map<string, Role> {
  const roles = new Map<string, Role>();
  for (const type of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    if (!type) continue;
    const ofType = declaredRole(schema, type);
    for (const field of Object.values(type.getFields()))
      roles.set(`${type.name}.${field.name}`, declaredRole(schema, field) ?? ofType ?? 'admin');
  }
  return roles;
}

export function withRoleChecks(schema: GraphQLSchema): GraphQLSchema {
  const roles = rolesOfRootFields(schema);
  return mapSchema(schema, {
    [MapperKind.ROOT_FIELD]: (field, fieldName, typeName): GraphQLFieldConfig<unknown, Context> => {
      const role = roles.get(`${typeName}.${fieldName}`) ?? 'admin';
      const resolve = field.resolve ?? defaultFieldResolver;
      return {
        ...field,
        resolve(source, args, context: Context, info) {
          requireRole(context.actor, role, fieldName);
          return resolve(source, args, context, info);
        },
      };
    },
  });
}

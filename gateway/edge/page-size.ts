import { type DocumentNode, Kind, type SelectionSetNode, type ValueNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { ERROR_CODES } from '../../schema/error-codes.ts';
import { edgeError } from './errors.ts';

/** Arguments that size a page of a connection. */
const PAGE_ARGUMENTS = new Set(['first', 'last']);

/**
 * Refuses an operation before it executes when any connection asks for more than `maxPageSize` items, whether
 * the size is written in the document or given as a variable; the error (BAD_USER_INPUT) names the field.
 */
export function usePageSizeLimit(options: { readonly maxPageSize: number }): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const variables = (args.variableValues ?? {}) as Record<string, unknown>;
      const over = oversizedPage(args.document, variables, options.maxPageSize);
      if (!over) return;
      setResultAndStopExecution({
        errors: [
          edgeError(
            ERROR_CODES.BAD_USER_INPUT,
            `\`${over.argument}\` of ${over.field} is ${over.value}; at most ${options.maxPageSize} per page`,
            { argumentName: over.argument, field: over.field, maxPageSize: options.maxPageSize },
          ),
        ],
      });
    },
  };
}

interface Oversized {
  readonly field: string;
  readonly argument: string;
  readonly value: number;
}

/** The first page-size argument in the document above the maximum, with variables and their defaults applied. */
export function oversizedPage(
  document: DocumentNode,
  variables: Record<string, unknown>,
  maxPageSize: number,
): Oversized | undefined {
  const defaults = new Map<string, ValueNode>();
  const sets: SelectionSetNode[] = [];
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION && definition.kind !== Kind.FRAGMENT_DEFINITION)
      continue;
    sets.push(definition.selectionSet);
    if (definition.kind === Kind.OPERATION_DEFINITION) {
      for (const variable of definition.variableDefinitions ?? []) {
        if (variable.defaultValue) defaults.set(variable.variable.name.value, variable.defaultValue);
      }
    }
  }
  const numberOf = (value: ValueNode): number | undefined => {
    if (value.kind === Kind.INT) return Number(value.value);
    if (value.kind !== Kind.VARIABLE) return undefined;
    const given = variables[value.name.value];
    if (typeof given === 'number') return given;
    const fallback = defaults.get(value.name.value);
    return fallback?.kind === Kind.INT ? Number(fallback.value) : undefined;
  };
  while (sets.length > 0) {
    for (const selection of sets.pop()?.selections ?? []) {
      if ('selectionSet' in selection && selection.selectionSet) sets.push(selection.selectionSet);
      if (selection.kind !== Kind.FIELD) continue;
      for (const argument of selection.arguments ?? []) {
        if (!PAGE_ARGUMENTS.has(argument.name.value)) continue;
        const value = numberOf(argument.value);
        if (value !== undefined && value > maxPageSize)
          return { field: selection.name.value, argument: argument.name.value, value };
      }
    }
  }
  return undefined;
}

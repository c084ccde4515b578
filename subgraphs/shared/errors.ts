import { GraphQLError } from 'graphql';
import { ERROR_CODES } from '../../schema/error-codes.ts';

/** A client error about one argument: code BAD_USER_INPUT, the argument named in the message and extensions. */
export function badUserInput(argumentName: string, message: string): GraphQLError {
  return new GraphQLError(`\`${argumentName}\` ${message}`, {
    extensions: { code: ERROR_CODES.BAD_USER_INPUT, argumentName },
  });
}

/** A mutation's target does not exist: code NOT_FOUND. */
export function notFound(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ERROR_CODES.NOT_FOUND } });
}

import { Injectable, type PipeTransform } from '@nestjs/common';
import { ProjectionsHost } from '../infrastructure/projections.host';

/** The part of a query DTO this pipe reads: `?minPosition=` and, on the 360 view, `?asOf=` / `?knownAt=`. */
interface PositionedQuery {
  minPosition?: string;
  asOf?: string;
  knownAt?: string;
}

/**
 * Read-your-own-writes for every query route that takes `?minPosition=`: `@Query(ReadYourWrites)`.
 * It runs after the validation pipe, so a malformed request is a 400 at once, never a wait; then it
 * waits (up to MAX_POSITION_WAIT_MS) until the read models include the position, and the
 * PositionNotReached it throws when the wait runs out answers 503 (HttpErrorFilter). A replay
 * (`?asOf=`, `?knownAt=`) reads the stream, not the read models: it does not wait. The query passes on unchanged.
 */
@Injectable()
export class ReadYourWrites implements PipeTransform<PositionedQuery, Promise<PositionedQuery>> {
  constructor(private readonly projections: ProjectionsHost) {}

  async transform(query: PositionedQuery): Promise<PositionedQuery> {
    if (query.minPosition !== undefined && query.asOf === undefined && query.knownAt === undefined)
      await this.projections.waitForPosition(query.minPosition);
    return query;
  }
}

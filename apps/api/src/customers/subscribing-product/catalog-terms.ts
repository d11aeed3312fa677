import { Injectable } from '@nestjs/common';
import { productAggregate, type ProductState, type ProductTerms, productTermsOf } from '@ledger/domain';
import { AggregateRepository } from '../../command-path/aggregate-repository';

/**
 * The catalog's facts about a product, read from its own stream (never from a read model, so a
 * product launched a moment ago is already judged by its terms). The decider judges them.
 */
@Injectable()
export class CatalogTerms {
  constructor(private readonly repository: AggregateRepository) {}

  /** The product's terms, or undefined for a code the catalog does not know. */
  async of(productCode: string, correlationId: string): Promise<ProductTerms | undefined> {
    const loaded = await this.repository.load<ProductState>(productAggregate, productCode, { correlationId });
    if (!('folded' in loaded)) return undefined;
    return productTermsOf(loaded.folded.state) ?? undefined;
  }
}

import { type DynamicModule, Module } from '@nestjs/common';
import type { LedgerConfig } from '@ledger/config';
import { DEVELOPMENT_CONFIG } from './development-config';
import { isDevelopmentMode } from './development-mode';
import { DevelopmentTokenController } from './development-token.controller';

/** The console's development sign-in: the token route in the embedded development mode, nothing otherwise. */
@Module({})
export class DevelopmentSignInModule {
  static forConfig(config: LedgerConfig): DynamicModule {
    if (!isDevelopmentMode(config)) return { module: DevelopmentSignInModule };
    return {
      module: DevelopmentSignInModule,
      controllers: [DevelopmentTokenController],
      providers: [{ provide: DEVELOPMENT_CONFIG, useValue: config }],
    };
  }
}

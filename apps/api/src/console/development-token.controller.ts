import { BadRequestException, Body, Controller, Inject, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { LedgerConfig } from '@ledger/config';
import { signToken } from '../auth/development-token';
import { Public } from '../auth/roles';
import { jwtSecret } from '../auth/token-verifier';
import { DEVELOPMENT_CONFIG } from './development-config';
import { DevelopmentTokenDto, DevelopmentTokenResponse } from './development-token.dto';

/** Registered only in the embedded development mode (isDevelopmentMode): what `npm run token` prints. */
@ApiTags('development')
@Controller('development')
export class DevelopmentTokenController {
  constructor(@Inject(DEVELOPMENT_CONFIG) private readonly config: LedgerConfig) {}

  @Post('tokens')
  @Public()
  @ApiOperation({
    summary:
      "Embedded development mode only (no JWT_SECRET, no JWKS, embedded stores): a token for one role, signed with the development secret — the console's development sign-in",
  })
  @ApiCreatedResponse({ type: DevelopmentTokenResponse })
  async token(@Body() { role, sub, branchId }: DevelopmentTokenDto): Promise<DevelopmentTokenResponse> {
    if (role === 'branch-head' && branchId === undefined)
      throw new BadRequestException('branchId: a branch-head token needs a branch');
    return { token: await signToken(jwtSecret(this.config), sub, [role], '8h', branchId) };
  }
}

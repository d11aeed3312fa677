import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type {
  AbortInstruction,
  CheckCreditLimit,
  CheckFunds,
  DecideCreditApproval,
  ObtainQuote,
  RecordQuoteAnswer,
  VerifyPhoneAuthorisation,
  VerifySeal,
} from '@ledger/domain';
import { Admits } from '../../auth/roles';
import { type CommandRequest, CommandRequestOf } from '../../command-path/command-request.decorator';
import { decideForInstruction, type InstructionWritten } from '../instruction-decision';
import { InstructionFactsLoader } from '../instruction-facts';
import { InstructionIdParams } from '../instruction-id.params';
import {
  AbortDto,
  CreditApprovalDto,
  FundsCheckDto,
  PhoneAuthorisationDto,
  QuoteAcceptanceDto,
  QuoteDto,
  SealVerificationDto,
} from './instruction-steps.dto';

const OUT_OF_ORDER = '409 INSTRUCTION_OUT_OF_ORDER (naming the expected step) before its turn or once closed';

/** The flowchart's checks, one route each (seed 000, ADR 0029); the decider keeps their order. */
@ApiTags('instructions')
@Controller('instructions')
export class InstructionStepsController {
  constructor(
    private readonly bus: CommandBus,
    private readonly facts: InstructionFactsLoader,
  ) {}

  @Post(':id/seal-verification')
  @Admits('wealth-specialist', 'admin')
  @ApiOperation({
    summary: `核对印鉴: SealVerified, or SealMismatch and InstructionAborted (also without a specimen on file); ${OUT_OF_ORDER}`,
  })
  async seal(
    @Param() { id }: InstructionIdParams,
    @Body() body: SealVerificationDto,
    @CommandRequestOf() request: CommandRequest,
  ): Promise<InstructionWritten> {
    const customer = await this.facts.ofInstruction(id, request.context);
    return decideForInstruction<VerifySeal>(this.bus, id, { type: 'VerifySeal', ...body, customer }, request);
  }

  @Post(':id/phone-authorisation')
  @Admits('wealth-specialist', 'admin')
  @ApiOperation({
    summary: `查核电话授权书: PhoneAuthorisationVerified, or PhoneAuthorisationMissing and InstructionAborted; ${OUT_OF_ORDER}`,
  })
  async phone(
    @Param() { id }: InstructionIdParams,
    @Body() body: PhoneAuthorisationDto,
    @CommandRequestOf() request: CommandRequest,
  ): Promise<InstructionWritten> {
    const customer = await this.facts.ofInstruction(id, request.context);
    const fields = { type: 'VerifyPhoneAuthorisation' as const, ...body, customer };
    return decideForInstruction<VerifyPhoneAuthorisation>(this.bus, id, fields, request);
  }

  @Post(':id/quote')
  @Admits('wealth-specialist', 'admin')
  @ApiOperation({
    summary: `取得报价: QuoteObtained (a fresh quote replaces one not yet answered); 422 INVALID_QUOTE; ${OUT_OF_ORDER}`,
  })
  quote(
    @Param() { id }: InstructionIdParams,
    @Body() body: QuoteDto,
    @CommandRequestOf() request: CommandRequest,
  ): Promise<InstructionWritten> {
    return decideForInstruction<ObtainQuote>(this.bus, id, { type: 'ObtainQuote', ...body }, request);
  }

  @Post(':id/quote-acceptance')
  @Admits('wealth-specialist', 'admin')
  @ApiOperation({
    summary: `客户接受吗?: QuoteAccepted, or QuoteDeclined and InstructionAborted; 422 QUOTE_EXPIRED past the quote's validUntil; ${OUT_OF_ORDER}`,
  })
  answer(
    @Param() { id }: InstructionIdParams,
    @Body() body: QuoteAcceptanceDto,
    @CommandRequestOf() request: CommandRequest,
  ): Promise<InstructionWritten> {
    return decideForInstruction<RecordQuoteAnswer>(
      this.bus,
      id,
      { type: 'RecordQuoteAnswer', ...body },
      request,
    );
  }

  @Post(':id/credit-check')
  @Admits('wealth-specialist', 'admin')
  @ApiOperation({
    summary: `查核授信额度: CreditLimitChecked against the customer's facility (over the limit, a credit approval follows); ${OUT_OF_ORDER}`,
  })
  async credit(
    @Param() { id }: InstructionIdParams,
    @CommandRequestOf() request: CommandRequest,
  ): Promise<InstructionWritten> {
    const customer = await this.facts.ofInstruction(id, request.context);
    return decideForInstruction<CheckCreditLimit>(
      this.bus,
      id,
      { type: 'CheckCreditLimit', customer },
      request,
    );
  }

  @Post(':id/credit-approval')
  @Admits('credit-officer', 'admin')
  @ApiOperation({
    summary: `取得授信核准: CreditApprovalGranted, or CreditApprovalRefused and InstructionAborted; 422 CREDIT_APPROVAL_FOUR_EYES when the officer received the instruction; ${OUT_OF_ORDER}`,
  })
  approval(
    @Param() { id }: InstructionIdParams,
    @Body() body: CreditApprovalDto,
    @CommandRequestOf() request: CommandRequest,
  ): Promise<InstructionWritten> {
    return decideForInstruction<DecideCreditApproval>(
      this.bus,
      id,
      { type: 'DecideCreditApproval', ...body },
      request,
    );
  }

  @Post(':id/funds-check')
  @Admits('wealth-specialist', 'admin')
  @ApiOperation({
    summary: `客户资金OK?: FundsChecked (the specialist's recorded check); not sufficient aborts; ${OUT_OF_ORDER}`,
  })
  funds(
    @Param() { id }: InstructionIdParams,
    @Body() body: FundsCheckDto,
    @CommandRequestOf() request: CommandRequest,
  ): Promise<InstructionWritten> {
    return decideForInstruction<CheckFunds>(this.bus, id, { type: 'CheckFunds', ...body }, request);
  }

  @Post(':id/abort')
  @Admits('wealth-specialist', 'admin')
  @ApiOperation({
    summary:
      'Stop an open instruction (InstructionAborted, reason withdrawn, at the step it waited for); 409 once closed',
  })
  abort(
    @Param() { id }: InstructionIdParams,
    @Body() body: AbortDto,
    @CommandRequestOf() request: CommandRequest,
  ): Promise<InstructionWritten> {
    return decideForInstruction<AbortInstruction>(
      this.bus,
      id,
      { type: 'AbortInstruction', ...body },
      request,
    );
  }
}

// The execution layer's public API (SPEC §3). In: transactions, a state view, a package cache.
// Out: effects and commit batches; plus genesis, the faucet, and LocalChain for tools.
//
// See README.md in this folder for the pieces and a usage example.

export { LocalChain, DEFAULT_FAUCET_AMOUNT, DEFAULT_GAS_BUDGET } from './chain.js';
export type { LocalChainOptions, TransactionDraft } from './chain.js';
export { execute } from './execute.js';
export type { ExecuteOutcome, ExecutionContext, VerifiedTransaction } from './execute.js';
export { decodeEffects, effectsFromJson, effectsToJson, encodeEffects, isSuccess, objectChanges } from './effects.js';
export type { ChangedObject, CleverError, ExecutionErrorKind, ExecutionFailure, ExecutionStatus, GasCostSummary, MoveAbortInfo, ObjectChange, ObjectChanges, TransactionEffects, TransactionEvent } from './effects.js';
export type { Rejection, RejectionCode } from './errors.js';
export { GAS_CONSTANTS, computeGas, minimumBudget, storageCostOf } from './gas.js';
export { decodeStoredTransaction, genesis, GenesisError, mintGas } from './genesis.js';
export type { StoredTransactionView, SystemResult, SystemTransaction } from './genesis.js';
export { PackageCache } from './packages.js';
export { addressFromPublicKey, decodeSignedTransaction, encodeSignedTransaction, keypair, keySigner, parseSignedTransaction, signDigest, signedTransactionToJson, signTransaction, verifyTransactionSignature } from './signature.js';
export type { Keypair, Signature, SignedTransaction, Signer } from './signature.js';
export { decodeTransaction, encodeTransaction, inputObjectIds, jsonable, parseTransaction, parseTransactionJson, transactionDigest, transactionToJson } from './transaction.js';
export type { Argument, Command, FormatIssue, GasPaymentRef, MoveCallCommand, Parsed, PureValue, TransactionData, TransactionInput } from './transaction.js';
export { parseType, typeString } from './type-tags.js';

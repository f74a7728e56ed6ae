export { KbError, isKbError, type ApiName } from "./KbError";
export { InvalidInputError, isInvalidInputError } from "./InvalidInputError";
export { NotFoundError, isNotFoundError } from "./NotFoundError";
export { RemovedError, isRemovedError } from "./RemovedError";
export { ServiceUnavailableError, isServiceUnavailableError } from "./ServiceUnavailableError";
export { TimeoutError, isTimeoutError } from "./TimeoutError";
export { OfflineError, isOfflineError } from "./OfflineError";
export { CancelledError, isCancelledError } from "./CancelledError";
export { SERVICE_NAMES } from "./serviceNames";

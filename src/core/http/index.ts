export { createHttpClient, FetchHttpClient, QUEUE_TIMEOUT_FACTOR, type HttpClientOptions } from "./httpClient";
export { BaseUrlCheck, type BaseUrls } from "./baseUrlCheck";
export { acceptFor, brregPath } from "./mediaTypes";
export { serverMessage } from "./errorBody";
export { backoffDelay, parseRetryAfter } from "./retry";
export { HostLimiter, type Release } from "./hostLimiter";
export type { HttpClient, HttpGet, HttpResponse } from "./types";
export { isOutage } from "./outage";

export { createHttpClient, FetchHttpClient, type HttpClientOptions } from "./httpClient";
export { acceptFor, brregPath } from "./mediaTypes";
export { serverMessage } from "./errorBody";
export { backoffDelay, parseRetryAfter } from "./retry";
export { HostLimiter, type Release } from "./hostLimiter";
export type { HttpClient, HttpGet, HttpResponse } from "./types";
export { isOutage } from "./outage";

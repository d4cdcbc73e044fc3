/** The date of the IANA HTTP Status Code Registry state (src/data/iana-registry.csv) the site was checked against. */
export const IANA_REGISTRY_STATE = '2025-09-15';

export const IANA_REGISTRY_URL = 'https://www.iana.org/assignments/http-status-codes/';

export {
  findLicenceProblems,
  isOsiApproved,
  listProductionPackages,
  OSI_APPROVED_LICENCES,
} from './licences.js';
export type { LicenceCheckOptions, PackageLicence } from './licences.js';
export { createBom, getPackageKey, sbom, validateBom } from './sbom.js';
export type { BomInput, PackageManifest, SbomOptions } from './sbom.js';

// The package stage's public face: Move.toml parsing and package loading, re-exported.
// Directory in (loadPackage) or manifest text in (parseManifest); packages and diagnostics out.

export {
  formatAddress,
  locateManifestKey,
  parseAddressLiteral,
  parseManifest,
  type AddressParse,
  type AddressTable,
  type Dependency,
  type DependencyKind,
  type DependencySource,
  type Edition,
  type KeyLocation,
  type Manifest,
  type ManifestResult,
} from './manifest.js';
export {
  BUNDLED_ADDRESSES,
  displayPath,
  loadPackage,
  packageSources,
  packagesInOrder,
  type LoadedPackage,
  type LoadOptions,
  type LoadResult,
} from './load.js';

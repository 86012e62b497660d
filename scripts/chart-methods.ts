// Its own module, with no imports, so that the browser tests can read it too (test/controllers/slim-contract.test.ts).

/**
 * chart.js's own method names that the bundle shortens too (0.7 KB gzip): methods of its classes that the kit's code
 * never names, chart.js never reaches by a string (`this[method]`, a quoted name) and never reads as an option
 * (`options.beforeFit` shares its method's name, so those stay), and that no browser object or Lit has (`handleEvent`,
 * `initialize` stay). No page can reach the kit's chart.js: the bundle exports no part of it. test/node/slim.test.ts
 * checks each against the installed chart.js and every bundled file; test/controllers/slim-contract.test.ts against
 * the browser's objects.
 */
export const MANGLED_CHART_METHODS: readonly string[] = [
  ...['configure', 'updateIndex', 'linkScales', 'getDataset', 'getMeta', 'getScaleForId', 'addElements'],
  ...['buildOrUpdateElements', 'parsePrimitiveData', 'parseArrayData', 'parseObjectData', 'getParsed', 'applyStack'],
  ...['updateRangeFromParsed', 'getMinMax', 'getAllParsedValues', 'getMaxOverflow', 'resolveDataElementOptions'],
  ...['getSharedOptions', 'includeOptions', 'updateElement', 'updateSharedOptions', 'updateElements', 'getFirstScaleIdForIndexAxis'],
  ...['acquireContext', 'releaseContext', 'getDevicePixelRatio', 'getMaximumSize', 'updateConfig', 'getUserBounds'],
  ...['getPadding', 'getLabels', 'getLabelItems', 'setDimensions', 'determineDataLimits', 'buildTicks'],
  ...['generateTickLabels', 'calculateLabelRotation', 'afterAutoSkip', 'isHorizontal', 'getPixelForValue'],
  ...['getValueForPixel', 'getPixelForTick', 'getPixelForDecimal', 'getDecimalForPixel', 'getBasePixel'],
  ...['getBaseValue', 'drawBackground', 'getLineWidthForValue', 'drawGrid', 'drawBorder', 'drawLabels'],
  ...['drawTitle', 'getMatchingVisibleMetas', 'isForType', 'getController', 'getElement', 'getPlugin', 'getScale'],
  ...['invalidate', 'clearCache', 'datasetScopeKeys', 'datasetElementScopeKeys', 'pluginScopeKeys', 'getOptionScopes'],
  ...['chartOptionScopes', 'resolveNamedOptions', 'createResolver', 'ensureScalesHaveIDs', 'buildOrUpdateScales'],
  ...['buildOrUpdateControllers', 'getSortedVisibleDatasetMetas', 'isPointInArea', 'getElementsAtEventForMode'],
  ...['isDatasetVisible', 'getDataVisibility', 'bindEvents', 'bindUserEvents', 'bindResponsiveEvents', 'unbindEvents'],
  ...['notifyPlugins', 'isPluginEnabled', 'getCenterPoint', 'handleTickRangeOptions', 'getTickLimit', 'computeTickLimit'],
];

/**
 * Property names the minifier shortens (rolldown's `mangleProps`, vite.config.ts): chart.js's `_`-prefixed internals
 * (`_cachedMeta`, `_parsed`, `_resolverCache`, …; about 140 names, 0.8 KB gzip), and its methods above. Lit's `_$`
 * names stay: they are its protocol between copies and versions of Lit on one page. The kit's own private fields are
 * `#` names, which the minifier shortens anyway.
 */

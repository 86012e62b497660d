// Its own module, with no imports, so that the browser tests can read it too (test/controllers/slim-contract.test.ts).

/**
 * chart.js's own method names that the bundle shortens too (569 bytes gzip): methods of its classes that the kit's code
 * never names, and that no browser object or Lit has (`handleEvent`, `initialize` stay). The build leaves out, and
 * names, any that the installed chart.js holds in a string, reads as an option or no longer has (scripts/slim.ts
 * `propertyRenames`). No page can reach the kit's chart.js: the bundle exports no part of it.
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

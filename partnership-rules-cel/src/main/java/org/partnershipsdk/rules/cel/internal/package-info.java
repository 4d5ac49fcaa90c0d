/**
 * The machinery of rule files: the located YAML/JSON tree, the model's types as CEL sees them, the
 * functions, the CEL environments and the compiled rules. Not for public use: its classes change
 * without notice.
 */
package org.partnershipsdk.rules.cel.internal;

/**
 * The `imsmanifest.xml` of a SCORM 1.2 package: one organization, one item, one SCO resource that
 * launches `launch` and lists every file of the package. The .xsd files are named in
 * `xsi:schemaLocation` as SCORM 1.2 packages do, but not shipped (no npm package we could use has them
 * without pulling in a command-line packager).
 */
import { escapeMarkup } from './escape-markup.ts'

export interface ManifestInput {
  /** Identifies the package; letters, digits, `-`, `_` and `.` only. */
  identifier: string
  title: string
  description: string
  /** The file the platform opens, relative to the package root. */
  launch: string
  /** Every file of the package except the manifest, relative to its root, `/`-separated. */
  files: readonly string[]
}

export const scormNamespaces = {
  imscp: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
  adlcp: 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
  imsmd: 'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1',
} as const

export const schemaLocation = [
  `${scormNamespaces.imscp} imscp_rootv1p1p2.xsd`,
  `${scormNamespaces.imsmd} imsmd_rootv1p2p1.xsd`,
  `${scormNamespaces.adlcp} adlcp_rootv1p2.xsd`,
].join(' ')

/** A package path as an `href`: each segment percent-encoded where a URI needs it. */
export function hrefOf(path: string): string {
  return path.split('/').map(segment => encodeURIComponent(segment)).join('/')
}

function langstring(text: string): string {
  return `<imsmd:langstring xml:lang="en">${escapeMarkup(text)}</imsmd:langstring>`
}

export function scormManifest(input: ManifestInput): string {
  if (!/^[\w.-]+$/.test(input.identifier))
    throw new Error(`scormManifest: identifier "${input.identifier}" must be letters, digits, "-", "_" or "."`)
  if (!input.files.includes(input.launch))
    throw new Error(`scormManifest: the launch file "${input.launch}" is not among the package's files`)
  const title = escapeMarkup(input.title)
  const files = input.files.map(file => `      <file href="${escapeMarkup(hrefOf(file))}"/>`)
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest identifier="${input.identifier}" version="1.0"`,
    `  xmlns="${scormNamespaces.imscp}"`,
    `  xmlns:adlcp="${scormNamespaces.adlcp}"`,
    `  xmlns:imsmd="${scormNamespaces.imsmd}"`,
    '  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    `  xsi:schemaLocation="${schemaLocation}">`,
    '  <metadata>',
    '    <schema>ADL SCORM</schema>',
    '    <schemaversion>1.2</schemaversion>',
    '    <imsmd:lom>',
    '      <imsmd:general>',
    `        <imsmd:title>${langstring(input.title)}</imsmd:title>`,
    `        <imsmd:description>${langstring(input.description)}</imsmd:description>`,
    '      </imsmd:general>',
    '    </imsmd:lom>',
    '  </metadata>',
    `  <organizations default="${input.identifier}-organization">`,
    `    <organization identifier="${input.identifier}-organization">`,
    `      <title>${title}</title>`,
    `      <item identifier="${input.identifier}-item" identifierref="${input.identifier}-sco" isvisible="true">`,
    `        <title>${title}</title>`,
    '      </item>',
    '    </organization>',
    '  </organizations>',
    '  <resources>',
    `    <resource identifier="${input.identifier}-sco" type="webcontent" adlcp:scormtype="sco" href="${escapeMarkup(hrefOf(input.launch))}">`,
    ...files,
    '    </resource>',
    '  </resources>',
    '</manifest>',
    '',
  ].join('\n')
}

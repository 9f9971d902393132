// A stylesheet imported by an enhancement is copied next to the scripts (esbuild's file loader, see
// modules/enhancements): the import is its file name, relative to the importing script.
declare module '*.css' {
  const url: string
  export default url
}

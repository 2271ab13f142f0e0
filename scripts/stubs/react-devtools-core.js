// Ink loads React DevTools only when DEV=true; the published bundle has no DevTools.
export default { initialize() {}, connectToDevTools() {} };

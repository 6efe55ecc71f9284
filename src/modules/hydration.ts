/**
 * True while main.ts hydrates a pre-rendered page (scripts/prerender.ts): the first render must
 * then match what the build rendered, so state the build cannot know (the network, for one) starts
 * from the build's value and is read for real just after the mount.
 */
export const hydration = { active: false }

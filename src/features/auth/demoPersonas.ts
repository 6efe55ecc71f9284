/**
 * The demo company's people that the sign-in page offers with one tap in demo mode
 * (`npm run demo`: VITE_LOFT_DEMO=1). The generator (scripts/demo/company.ts) makes them.
 */
export const DEMO_DOMAIN = 'nordlys-industri.example'
export const DEMO_CODE = '123456'
export const DEMO_INVITE_CODE = 'NORDLYS-DEMO-7Q4K-2M9X-VH3P-8TRW'

export type DemoPersona = 'employee' | 'ambassador' | 'hr' | 'admin' | 'newHire'

export const demoPersonas: Record<Exclude<DemoPersona, 'newHire'>, { email: string; home: string }> = {
  employee: { email: `emma.berg@${DEMO_DOMAIN}`, home: '/learn' },
  ambassador: { email: `jonas.lie@${DEMO_DOMAIN}`, home: '/curate' },
  hr: { email: `ingrid.hauge@${DEMO_DOMAIN}`, home: '/insights' },
  admin: { email: `kari.nilsen@${DEMO_DOMAIN}`, home: '/admin' },
}

/** A new person each time, who joins with the demo company's invite code. */
export const newHireEmail = () => `ny.ansatt.${crypto.randomUUID().slice(0, 8)}@${DEMO_DOMAIN}`

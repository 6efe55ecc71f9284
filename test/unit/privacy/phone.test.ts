import { describe, it } from 'vitest'
import { expectFindings, expectNothing } from './helpers'

describe('phone numbers', () => {
  it('finds a mobile number written 3-2-3', () => {
    const text = 'Ring meg gjerne på 987 65 432 etter lunsj.'
    expectFindings(text, [['phone', '987 65 432']])
  })

  it('finds a landline written 2-2-2-2 without any phone word', () => {
    const text = 'Sentralbordet har 22 33 44 55, åpent 08–16.'
    expectFindings(text, [['phone', '22 33 44 55']])
  })

  it('finds groupings written with dots', () => {
    const text = 'Kontaktperson: Per, 913.45.678 eller 73.50.12.34.'
    expectFindings(text, [
      ['phone', '913.45.678'],
      ['phone', '73.50.12.34'],
    ])
  })

  it('finds numbers with the country code in every usual form', () => {
    const text =
      'Numrene er +47 987 65 432, +4791234567, 0047 22 33 44 55, +47 41234567 og 004798765432.'
    expectFindings(text, [
      ['phone', '+47 987 65 432'],
      ['phone', '+4791234567'],
      ['phone', '0047 22 33 44 55'],
      ['phone', '+47 41234567'],
      ['phone', '004798765432'],
    ])
  })

  it('finds a plain 8-digit number after a phone word', () => {
    const text = 'Tlf: 98765432. Mobil 41234567, telefonnummer 22334455 og ring 55512345.'
    expectFindings(text, [
      ['phone', '98765432'],
      ['phone', '41234567'],
      ['phone', '22334455'],
      ['phone', '55512345'],
    ])
  })

  it('finds a 4+4 number after a phone word, in English too', () => {
    const text = 'Phone: 9876 5432 – or call 4123 4567 tomorrow.'
    expectFindings(text, [
      ['phone', '9876 5432'],
      ['phone', '4123 4567'],
    ])
  })

  it('keeps the phone context across a short gap and a second number', () => {
    const text = 'Tlf. til vakten: 98765432, 41234567'
    expectFindings(text, [
      ['phone', '98765432'],
      ['phone', '41234567'],
    ])
  })

  it('a plain 8-digit run without a phone word is not a phone number', () => {
    expectNothing('Ordre 45123789 ble sendt i går.')
    expectNothing('Vi har 98765432 grunner til å juble.')
    expectNothing('Dato 20250517 i filnavnet.')
  })

  it('the nearest keyword decides: an order number after a phone word is not a phone number', () => {
    expectNothing('Ring kundeservice om ordre 45123789.')
    expectNothing('Mobilen kostet kr 987 65 432? Nei, det er en skrivefeil.')
    expectNothing('Faktura 22 33 44 55 er betalt.')
  })

  it('numbers starting with 0 or 1, or with the wrong length, are not Norwegian phone numbers', () => {
    expectNothing('Tlf 12345678 og tlf 01234567 finnes ikke.')
    expectNothing('Ring 987 65 43 eller 987 65 4321.')
  })

  it('a longer spaced list is not a phone number', () => {
    expectNothing('Loddene 12 34 56 78 90 vant.')
    expectNothing('Vinnertallene 22 33 44 55 66 77.')
  })

  it('finds two numbers separated by a word or slash', () => {
    const text = 'Tlf 987 65 432 / 22 33 44 55 (sentralbord)'
    expectFindings(text, [
      ['phone', '987 65 432'],
      ['phone', '22 33 44 55'],
    ])
  })

  it('finds a number after a date in the same line', () => {
    const text = 'Møte 17.05.2025 tlf 98765432'
    expectFindings(text, [['phone', '98765432']])
  })
})

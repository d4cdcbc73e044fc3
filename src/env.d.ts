/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Set by CodeLayout while it renders one code page, read by the MDX body's section wrappers. */
    codePage?: { code: string; title: string };
  }
}

// fflate is joined in front of the fake by build.mjs (its UMD build), not imported.
declare var fflate: typeof import("fflate");

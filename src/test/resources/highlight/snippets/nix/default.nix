# A small package set
{ pkgs ? import <nixpkgs> {}, lib ? pkgs.lib }:

let
  version = "1.2.3";
  src = ./src;
  /* block comment */
  flags = [ "-O2" "--with-${name}" ];
  name = "hello";
in
pkgs.stdenv.mkDerivation rec {
  pname = name;
  inherit version src;
  buildInputs = with pkgs; [ openssl zlib ];
  doCheck = true && !false || null == null;
  meta = {
    description = ''
      A friendly ${pname} program.
      Escaped: ''${notInterpolated}
    '';
    homepage = https://example.com/hello;
    license = lib.licenses.mit;
  };
  jobs = builtins.length flags + 42;
  path = /etc/nixos/configuration.nix;
  f = x: y: x // { inherit y; };
  assertion = assert jobs > 0; if doCheck then "yes" else "no";
}

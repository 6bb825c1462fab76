// The package name must be an identifier: the go command rejects the
// file before compiling (go/parser wording, no "# command-line-arguments").
package 1

func main() {}

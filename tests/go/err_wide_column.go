// gc keeps columns in 8 bits: an error past column 254 is reported
// with its line only.
package main

func main() {
                                                                                                                                                                                                                                                                                                            x := 1
}

package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

func main() {
	_, err1 := strings.NewReader("").ReadByte()
	_, err2 := bytes.NewBufferString("").ReadByte()
	_, err3 := bufio.NewReader(strings.NewReader("")).ReadByte()
	_, err4 := fmt.Sscan("", new(int))
	fmt.Println(err1 == io.EOF, err2 == io.EOF, err3 == io.EOF, err4 == io.EOF)
	fmt.Println(err1, err2, err3, err4)
	fmt.Println(errors.New("EOF") == io.EOF, io.EOF.Error())
	_, err := fmt.Sscanf("1", "%d %d", new(int), new(int))
	fmt.Println(err == io.ErrUnexpectedEOF, err)
	_, err = fmt.Sscanf("\"abc", "%q", new(string))
	fmt.Println(err == io.ErrUnexpectedEOF, err)
	var e error = io.EOF
	switch e {
	case io.ErrUnexpectedEOF:
		fmt.Println("unexpected")
	case io.EOF:
		fmt.Println("plain EOF")
	}
}

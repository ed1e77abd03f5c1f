class Form extends React.Component {
  state = { value: '' };

  handleChange = (e) => this.setState({ value: e.target.value });

  render() {
    const { value } = this.state;
    return (
      <form onSubmit={this.props.onSubmit}>
        <input type="text" value={value} onChange={this.handleChange} />
        <Form.Hint text={`Typed ${value.length} chars`} />
      </form>
    );
  }
}

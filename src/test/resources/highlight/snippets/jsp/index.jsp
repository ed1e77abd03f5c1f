<%@ page contentType="text/html;charset=UTF-8" language="java" %>
<%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core" %>
<%-- A JSP comment --%>
<html>
<body>
  <h1>Hello, <%= request.getParameter("name") %>!</h1>
  <% for (int i = 0; i < 3; i++) { %>
    <p class="row">Row <%= i %></p>
  <% } %>
  <c:if test="${user.admin}">
    <c:out value="${user.name}"/>
  </c:if>
  <%! private int counter = 0; %>
  <jsp:include page="footer.jsp" />
</body>
</html>
